"use client";

/**
 * Screening questions asked before the first session: the question, whether "yes" is a red
 * flag (see a clinician before starting) and the advice shown on "yes". Reorder, add, remove.
 */
import type { ScreeningQuestion } from "@phasewise/domain";

import { newScreeningQuestion } from "./assessment-operations";
import { DraftCheckbox, DraftText, ProblemsAt } from "./draft-fields";
import { moveItem, removeAt } from "./draft-operations";
import { EditorCard, SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";
import { SortableList } from "./sortable-list";

export const questionCard = (key: string) => `question:${key}`;

function shortName(question: ScreeningQuestion, index: number): string {
  const text = question.text.length > 60 ? `${question.text.slice(0, 57)}…` : question.text;
  return text || question.key || `Question ${index + 1}`;
}

export function ScreeningSection() {
  const editor = useEditor();
  const questions = editor.doc.screeningQuestions;
  const setQuestions = (next: ScreeningQuestion[], announcement: string) =>
    editor.change((doc) => ({ ...doc, screeningQuestions: next }), announcement);
  return (
    <section
      id="f-screeningQuestions"
      tabIndex={-1}
      aria-labelledby="screening-heading"
      className="flex flex-col gap-3"
    >
      <h2 id="screening-heading" className="text-xl font-semibold">
        Screening questions
      </h2>
      <p className="text-slate-700">
        Asked before the first session, in this order. A “yes” to a red-flag question tells the
        customer to see a clinician before starting.
      </p>
      <ProblemsAt path={["screeningQuestions"]} />
      {questions.length === 0 && <p className="text-slate-600">No screening questions yet.</p>}
      <SortableList
        label="Screening questions"
        idPrefix="screening-order"
        listName="screening questions"
        items={questions}
        itemName={shortName}
        onMove={(from, to, announcement) =>
          setQuestions(moveItem(questions, from, to), announcement)
        }
        renderItem={(question, index, { controls }) => {
          const name = shortName(question, index);
          return (
            <EditorCard
              cardId={questionCard(question.key)}
              path={["screeningQuestions", index]}
              level={3}
              title={`${index + 1}. ${name}`}
              subtitle={`${question.key} · ${question.redFlag ? "red flag" : "advice only"}`}
              reorder={controls}
              actions={
                <SmallButton
                  tone="danger"
                  aria-label={`Remove screening question "${name}"`}
                  onClick={() => {
                    if (window.confirm(`Remove the screening question "${name}"?`)) {
                      setQuestions(
                        removeAt(questions, index),
                        `Removed the screening question "${name}".`,
                      );
                    }
                  }}
                >
                  Remove
                </SmallButton>
              }
            >
              <DraftText
                path={["screeningQuestions", index, "key"]}
                label="Key"
                hint={
                  editor.publishedKeys.has(questionCard(question.key))
                    ? "Published: customers' answers refer to it."
                    : "Customers' answers refer to it."
                }
                onRename={(from, to) => editor.renameCard(questionCard(from), questionCard(to))}
              />
              <DraftText
                path={["screeningQuestions", index, "text"]}
                label="Question"
                hint="Asked as a yes-or-no question."
                multiline
              />
              <DraftCheckbox
                path={["screeningQuestions", index, "redFlag"]}
                label="A “yes” is a red flag: see a clinician before starting"
              />
              <DraftText
                path={["screeningQuestions", index, "advice"]}
                label="Advice shown after a “yes”"
                multiline
              />
            </EditorCard>
          );
        }}
      />
      <div>
        <SmallButton
          onClick={() => {
            const question = newScreeningQuestion(editor.doc);
            setQuestions(
              [...questions, question],
              `Added screening question ${questions.length + 1}.`,
            );
            editor.setOpen(questionCard(question.key), true);
          }}
        >
          Add a screening question
        </SmallButton>
      </div>
    </section>
  );
}
