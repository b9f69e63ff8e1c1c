"use client";

/**
 * Assessments: the repeatable check-ins taken at the start (the baseline) and at phase gates
 * (a phase's re-test). Reorder, add, duplicate and remove them; a renamed key follows into the
 * baseline and re-tests, and removing one that is still named asks first and then shows the
 * problem at each field that names it.
 */
import type { Assessment } from "@phasewise/domain";

import { AssessmentItems } from "./assessment-items";
import {
  assessmentReferences,
  duplicateAssessment,
  newAssessment,
  renameAssessment,
} from "./assessment-operations";
import { DraftText, ProblemsAt } from "./draft-fields";
import { insertAt, moveItem, removeAt } from "./draft-operations";
import { EditorCard, SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";
import { SortableList } from "./sortable-list";

export const assessmentCard = (key: string) => `assessment:${key}`;

function removalQuestion(title: string, references: string[]): string {
  if (references.length === 0) return `Remove the assessment "${title}"?`;
  return `"${title}" is ${references.join(" and ")}. Remove it anyway? Those fields will show a problem until you choose another assessment.`;
}

export function AssessmentsSection() {
  const editor = useEditor();
  const { assessments } = editor.doc;
  const setAssessments = (next: Assessment[], announcement: string) =>
    editor.change((doc) => ({ ...doc, assessments: next }), announcement);
  return (
    <section
      id="f-assessments"
      tabIndex={-1}
      aria-labelledby="assessments-heading"
      className="flex flex-col gap-3"
    >
      <h2 id="assessments-heading" className="text-xl font-semibold">
        Assessments
      </h2>
      <p className="text-slate-700">
        Check-ins a customer takes at the start and again at phase gates, to see their change.
        Choose the baseline in the program details and a re-test in a phase’s unlock rule.
      </p>
      <ProblemsAt path={["assessments"]} />
      <SortableList
        label="Assessments"
        idPrefix="assessments-order"
        listName="assessments"
        items={assessments}
        itemName={(assessment) => assessment.title || assessment.key}
        onMove={(from, to, announcement) =>
          setAssessments(moveItem(assessments, from, to), announcement)
        }
        renderItem={(assessment, index, { controls }) => {
          const title = assessment.title || assessment.key;
          const references = assessmentReferences(editor.doc, assessment.key);
          return (
            <EditorCard
              cardId={assessmentCard(assessment.key)}
              path={["assessments", index]}
              level={3}
              title={assessment.title}
              subtitle={[
                assessment.key,
                `${assessment.items.length} ${assessment.items.length === 1 ? "item" : "items"}`,
                references.length > 0 ? references.join(", ") : "not used yet",
              ].join(" · ")}
              reorder={controls}
              actions={
                <>
                  <SmallButton
                    aria-label={`Duplicate assessment "${title}"`}
                    onClick={() => {
                      const copy = duplicateAssessment(editor.doc, assessment);
                      setAssessments(
                        insertAt(assessments, index + 1, copy),
                        `Duplicated "${title}" as "${copy.title}".`,
                      );
                      editor.setOpen(assessmentCard(copy.key), true);
                    }}
                  >
                    Duplicate
                  </SmallButton>
                  <SmallButton
                    tone="danger"
                    aria-label={`Remove assessment "${title}"`}
                    onClick={() => {
                      if (window.confirm(removalQuestion(title, references))) {
                        setAssessments(
                          removeAt(assessments, index),
                          references.length > 0
                            ? `Removed the assessment "${title}". ${references.length} ${references.length === 1 ? "field names" : "fields name"} it and now ${references.length === 1 ? "shows a problem" : "show problems"}.`
                            : `Removed the assessment "${title}".`,
                        );
                      }
                    }}
                  >
                    Remove
                  </SmallButton>
                </>
              }
            >
              <div className="grid gap-4 sm:grid-cols-2">
                <DraftText
                  path={["assessments", index, "key"]}
                  label="Key"
                  hint={
                    editor.publishedKeys.has(assessmentCard(assessment.key))
                      ? "Published: customers' results refer to it. The baseline and re-tests follow a rename."
                      : "The baseline and re-tests that name it follow a rename."
                  }
                  write={(next) => {
                    editor.change((doc) => renameAssessment(doc, index, next));
                    editor.renameCard(assessmentCard(assessment.key), assessmentCard(next));
                  }}
                />
                <DraftText path={["assessments", index, "title"]} label="Title" />
              </div>
              <DraftText
                path={["assessments", index, "instructions"]}
                label="Instructions"
                hint="Shown before the items: when and how to take the check-in."
                multiline
              />
              <AssessmentItems assessment={assessment} index={index} />
            </EditorCard>
          );
        }}
      />
      <div>
        <SmallButton
          onClick={() => {
            const assessment = newAssessment(editor.doc);
            setAssessments(
              [...assessments, assessment],
              `Added a new assessment at position ${assessments.length + 1}.`,
            );
            editor.setOpen(assessmentCard(assessment.key), true);
          }}
        >
          Add an assessment
        </SmallButton>
      </div>
    </section>
  );
}
