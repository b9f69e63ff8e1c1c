"use client";

/**
 * Phases in the order a customer goes through them: text, sessions per week, the sessions the
 * phase rotates through (in rotation order) and its unlock rule.
 */
import type { Phase } from "@phasewise/domain";

import { Select } from "../form/inputs";
import { DraftNumber, DraftText, ProblemsAt } from "./draft-fields";
import { duplicatePhase, insertAt, moveItem, newPhase, removeAt } from "./draft-operations";
import { EditorCard, SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";
import { SortableList } from "./sortable-list";
import { UnlockRuleFields } from "./unlock-rule-fields";

export const phaseCard = (key: string) => `phase:${key}`;

function SessionRotation({ phase, index }: { phase: Phase; index: number }) {
  const editor = useEditor();
  const path = ["phases", index, "sessionKeys"] as const;
  const titles = new Map(editor.doc.sessions.map((session) => [session.key, session.title]));
  const available = editor.doc.sessions.filter(
    (session) => !phase.sessionKeys.includes(session.key),
  );
  const setKeys = (keys: string[], announcement: string) =>
    editor.change(
      (doc) => ({
        ...doc,
        phases: doc.phases.map((item, position) =>
          position === index ? { ...item, sessionKeys: keys } : item,
        ),
      }),
      announcement,
    );
  return (
    <fieldset
      id={`f-phases-${index}-sessionKeys`}
      tabIndex={-1}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3"
    >
      <legend className="px-1 text-base font-semibold">Sessions, in rotation order</legend>
      <ProblemsAt path={path} />
      {phase.sessionKeys.length === 0 && <p className="text-sm text-slate-600">No sessions yet.</p>}
      <SortableList
        label={`Sessions of ${phase.title || phase.key}`}
        idPrefix={`f-phases-${index}-sessionKeys-order`}
        listName={`the rotation of ${phase.title || phase.key}`}
        items={phase.sessionKeys}
        itemName={(key) => titles.get(key) ?? key}
        onMove={(from, to, announcement) =>
          setKeys(moveItem(phase.sessionKeys, from, to), announcement)
        }
        renderItem={(key, position, { controls }) => (
          <div className="flex flex-wrap items-center gap-2">
            {controls}
            <span id={`f-phases-${index}-sessionKeys-${position}`} tabIndex={-1} className="flex-1">
              {titles.get(key) ?? "Unknown session"}{" "}
              <span className="text-sm text-slate-600">({key})</span>
            </span>
            <ProblemsAt path={[...path, position]} />
            <SmallButton
              tone="danger"
              aria-label={`Take "${titles.get(key) ?? key}" out of this phase`}
              onClick={() =>
                setKeys(
                  removeAt(phase.sessionKeys, position),
                  `Took "${titles.get(key) ?? key}" out of ${phase.title}.`,
                )
              }
            >
              Remove
            </SmallButton>
          </div>
        )}
      />
      {available.length > 0 && (
        <Select
          id={`f-phases-${index}-add-session`}
          label="Add a session to this phase"
          value=""
          placeholder="Choose a session…"
          choices={available.map((session) => ({
            value: session.key,
            label: `${session.title} (${session.key})`,
          }))}
          className="max-w-md"
          onChange={(key) => {
            if (key)
              setKeys(
                [...phase.sessionKeys, key],
                `Added "${titles.get(key) ?? key}" to ${phase.title}.`,
              );
          }}
        />
      )}
    </fieldset>
  );
}

export function PhasesSection() {
  const editor = useEditor();
  const { phases } = editor.doc;
  const setPhases = (next: Phase[], announcement: string) =>
    editor.change((doc) => ({ ...doc, phases: next }), announcement);
  return (
    <section
      id="f-phases"
      tabIndex={-1}
      aria-labelledby="phases-heading"
      className="flex flex-col gap-3"
    >
      <h2 id="phases-heading" className="text-xl font-semibold">
        Phases
      </h2>
      <p className="text-slate-700">
        In the order customers go through them. Keys are how enrolments move between versions: keep
        published keys as they are.
      </p>
      <ProblemsAt path={["phases"]} />
      <SortableList
        label="Phases"
        idPrefix="phases-order"
        listName="phases"
        items={phases}
        itemName={(phase) => phase.title || phase.key}
        onMove={(from, to, announcement) => setPhases(moveItem(phases, from, to), announcement)}
        renderItem={(phase, index, { controls }) => (
          <EditorCard
            cardId={phaseCard(phase.key)}
            path={["phases", index]}
            level={3}
            title={`${index + 1}. ${phase.title}`}
            subtitle={`${phase.key} · ${phase.sessionKeys.length} sessions · ${phase.recommendedSessionsPerWeek} per week`}
            reorder={controls}
            actions={
              <>
                <SmallButton
                  aria-label={`Duplicate phase "${phase.title}"`}
                  onClick={() => {
                    const copy = duplicatePhase(editor.doc, phase);
                    setPhases(
                      insertAt(phases, index + 1, copy),
                      `Duplicated "${phase.title}" as "${copy.title}".`,
                    );
                    editor.setOpen(phaseCard(copy.key), true);
                  }}
                >
                  Duplicate
                </SmallButton>
                <SmallButton
                  tone="danger"
                  aria-label={`Remove phase "${phase.title}"`}
                  onClick={() => {
                    if (window.confirm(`Remove the phase "${phase.title}"?`)) {
                      setPhases(removeAt(phases, index), `Removed the phase "${phase.title}".`);
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
                path={["phases", index, "key"]}
                label="Key"
                hint={
                  editor.publishedKeys.has(`phase:${phase.key}`)
                    ? "Published: renaming it strands enrolled customers."
                    : "Lowercase letters, digits and dashes."
                }
                onRename={(from, to) => editor.renameCard(phaseCard(from), phaseCard(to))}
              />
              <DraftText path={["phases", index, "title"]} label="Title" />
            </div>
            <DraftText path={["phases", index, "goal"]} label="Goal" />
            <DraftText path={["phases", index, "description"]} label="Description" multiline />
            <DraftNumber
              path={["phases", index, "recommendedSessionsPerWeek"]}
              label="Recommended sessions per week"
            />
            <SessionRotation phase={phase} index={index} />
            <UnlockRuleFields
              path={["phases", index, "unlockRule"]}
              isLast={index === phases.length - 1}
            />
          </EditorCard>
        )}
      />
      <div>
        <SmallButton
          onClick={() => {
            const phase = newPhase(editor.doc);
            setPhases([...phases, phase], `Added a new phase at position ${phases.length + 1}.`);
            editor.setOpen(phaseCard(phase.key), true);
          }}
        >
          Add a phase
        </SmallButton>
      </div>
    </section>
  );
}
