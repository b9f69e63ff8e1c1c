"use client";

/**
 * Inside one session card: its key (renames follow into every phase), title and summary, and
 * its exercises in order, added from the program's own list or straight from the library.
 */
import { useState } from "react";
import Link from "next/link";

import type { SessionTemplate } from "@phasewise/domain";
import { expandSession } from "@phasewise/domain/session";

import { Select } from "../form/inputs";
import { DraftText, ProblemsAt } from "./draft-fields";
import {
  duplicatePrescription,
  insertAt,
  moveItem,
  newPrescription,
  removeAt,
  renameSession,
} from "./draft-operations";
import { SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";
import { PrescriptionCard, prescriptionCard } from "./prescription-card";
import { SortableList } from "./sortable-list";

export const sessionCard = (key: string) => `session:${key}`;

export function estimateMinutes(
  session: SessionTemplate,
  exercises: Parameters<typeof expandSession>[1],
) {
  try {
    return expandSession(session, exercises).estimatedMinutes;
  } catch {
    return null;
  }
}

function AddExercise({
  session,
  sessionIndex,
}: {
  session: SessionTemplate;
  sessionIndex: number;
}) {
  const editor = useEditor();
  const [busy, setBusy] = useState(false);
  const inProgram = new Set(editor.doc.exercises.map((exercise) => exercise.slug));
  const fromLibrary = editor.library.filter((entry) => !inProgram.has(entry.slug));
  const add = async (value: string) => {
    if (!value) return;
    const [source, slug] = value.split(":") as [string, string];
    if (source === "library") {
      setBusy(true);
      const added = await editor.addFromLibrary(slug);
      setBusy(false);
      if (!added) return;
    }
    const prescription = newPrescription(editor.doc, session.key, slug);
    editor.change(
      (doc) => ({
        ...doc,
        sessions: doc.sessions.map((item, position) =>
          position === sessionIndex
            ? { ...item, prescriptions: [...item.prescriptions, prescription] }
            : item,
        ),
      }),
      `Added an exercise to "${session.title}" at position ${session.prescriptions.length + 1}.`,
    );
    editor.setOpen(prescriptionCard(prescription.id), true);
  };
  return (
    <Select
      id={`f-sessions-${sessionIndex}-add-exercise`}
      label="Add an exercise to this session"
      value=""
      disabled={busy}
      hint={busy ? "Copying the exercise from the library…" : undefined}
      placeholder="Choose an exercise…"
      className="max-w-xl"
      choices={[]}
      groups={[
        {
          label: "In this program",
          choices: editor.doc.exercises.map((exercise) => ({
            value: `program:${exercise.slug}`,
            label: exercise.name || exercise.slug,
          })),
        },
        ...(fromLibrary.length > 0
          ? [
              {
                label: "From the library",
                choices: fromLibrary.map((entry) => ({
                  value: `library:${entry.slug}`,
                  label: `${entry.name} (library)`,
                })),
              },
            ]
          : []),
      ]}
      onChange={(value) => void add(value)}
    />
  );
}

export function SessionBody({
  session,
  index,
  programId,
}: {
  session: SessionTemplate;
  index: number;
  programId: string;
}) {
  const editor = useEditor();
  const setPrescriptions = (next: SessionTemplate["prescriptions"], announcement: string) =>
    editor.change(
      (doc) => ({
        ...doc,
        sessions: doc.sessions.map((item, position) =>
          position === index ? { ...item, prescriptions: next } : item,
        ),
      }),
      announcement,
    );
  const names = new Map(editor.doc.exercises.map((exercise) => [exercise.slug, exercise.name]));
  const nameOf = (slug: string) => names.get(slug) ?? slug;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <DraftText
          path={["sessions", index, "key"]}
          label="Key"
          hint={
            editor.publishedKeys.has(`session:${session.key}`)
              ? "Published: renaming it strands enrolled customers. Phases follow the rename."
              : "Phases that list this session follow a rename."
          }
          write={(next) => {
            editor.change((doc) => renameSession(doc, index, next));
            editor.renameCard(sessionCard(session.key), sessionCard(next));
          }}
        />
        <DraftText path={["sessions", index, "title"]} label="Title" />
      </div>
      <DraftText
        path={["sessions", index, "summary"]}
        label="Summary (optional)"
        optional
        multiline
      />
      <div id={`f-sessions-${index}-prescriptions`} tabIndex={-1} className="flex flex-col gap-3">
        <h4 className="text-base font-semibold">Exercises, in order</h4>
        <ProblemsAt path={["sessions", index, "prescriptions"]} />
        <SortableList
          label={`Exercises of ${session.title || session.key}`}
          idPrefix={`f-sessions-${index}-prescriptions-order`}
          listName={`"${session.title || session.key}"`}
          items={session.prescriptions}
          itemName={(prescription) => nameOf(prescription.exerciseSlug)}
          onMove={(from, to, announcement) =>
            setPrescriptions(moveItem(session.prescriptions, from, to), announcement)
          }
          renderItem={(prescription, position, { controls }) => (
            <PrescriptionCard
              prescription={prescription}
              sessionIndex={index}
              index={position}
              reorder={controls}
              actions={
                <>
                  <SmallButton
                    aria-label={`Duplicate "${nameOf(prescription.exerciseSlug)}" in "${session.title}"`}
                    onClick={() => {
                      const copy = duplicatePrescription(editor.doc, prescription);
                      setPrescriptions(
                        insertAt(session.prescriptions, position + 1, copy),
                        `Duplicated "${nameOf(prescription.exerciseSlug)}".`,
                      );
                    }}
                  >
                    Duplicate
                  </SmallButton>
                  <SmallButton
                    tone="danger"
                    aria-label={`Remove "${nameOf(prescription.exerciseSlug)}" from "${session.title}"`}
                    onClick={() =>
                      setPrescriptions(
                        removeAt(session.prescriptions, position),
                        `Removed "${nameOf(prescription.exerciseSlug)}" from "${session.title}".`,
                      )
                    }
                  >
                    Remove
                  </SmallButton>
                </>
              }
            />
          )}
        />
        <AddExercise session={session} sessionIndex={index} />
      </div>
      <p>
        <Link
          href={`/programs/${programId}/preview?session=${encodeURIComponent(session.key)}`}
          className="font-medium text-brand-700 underline"
        >
          Preview “{session.title || session.key}” as the player runs it
        </Link>
      </p>
    </>
  );
}
