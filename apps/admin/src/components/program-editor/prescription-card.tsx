"use client";

/**
 * One exercise inside a session and its dose: sides, sets or cycles, rep and hold ranges,
 * positions and directions to cycle through, rest, tempo and notes.
 */
import type { ReactNode } from "react";

import type { Prescription } from "@phasewise/domain";

import { formatRange } from "~/lib/format";
import { DraftNumber, DraftRange, DraftSelect, DraftText } from "./draft-fields";
import { DraftKeyList } from "./draft-lists";
import { EditorCard } from "./editor-card";
import { useEditor } from "./editor-context";

export const prescriptionCard = (id: string) => `prescription:${id}`;

const sideChoices = [
  { value: "both", label: "Both sides, one after the other (left first)" },
  { value: "left", label: "Left side only" },
  { value: "right", label: "Right side only" },
  { value: "none", label: "No sides (both legs or midline)" },
];

const setLabelChoices = [
  { value: "set", label: "Sets" },
  { value: "cycle", label: "Cycles" },
];

const isOne = (range: { min: number; max: number } | null | undefined) =>
  range?.min === 1 && range.max === 1;

/** "Both sides · 2–4 cycles · hold 5–10 s · rest 20 s" */
export function describeDose(prescription: Prescription): string {
  const sides = { both: "Both sides", left: "Left side", right: "Right side", none: "No sides" }[
    prescription.sides
  ] as string | undefined;
  return [
    sides,
    `${formatRange(prescription.sets)} ${prescription.setLabel === "cycle" ? "cycle" : "set"}${isOne(prescription.sets) ? "" : "s"}`,
    prescription.reps &&
      `${formatRange(prescription.reps)} rep${isOne(prescription.reps) ? "" : "s"}`,
    prescription.holdSeconds && `hold ${formatRange(prescription.holdSeconds)} s`,
    prescription.positions.length > 0 && `${prescription.positions.length} positions`,
    typeof prescription.restSeconds === "number" && `rest ${prescription.restSeconds} s`,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function PrescriptionCard(props: {
  prescription: Prescription;
  sessionIndex: number;
  index: number;
  reorder: ReactNode;
  actions: ReactNode;
}) {
  const editor = useEditor();
  const { prescription, sessionIndex, index } = props;
  const path = ["sessions", sessionIndex, "prescriptions", index] as const;
  const names = new Map(editor.doc.exercises.map((exercise) => [exercise.slug, exercise.name]));
  const name = names.get(prescription.exerciseSlug) ?? prescription.exerciseSlug;
  return (
    <EditorCard
      cardId={prescriptionCard(prescription.id)}
      path={path}
      level={5}
      tone="muted"
      title={name || "Choose an exercise"}
      subtitle={describeDose(prescription)}
      reorder={props.reorder}
      actions={props.actions}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <DraftSelect
          path={[...path, "exerciseSlug"]}
          label="Exercise"
          placeholder="Choose an exercise…"
          choices={editor.doc.exercises.map((exercise) => ({
            value: exercise.slug,
            label: exercise.name || exercise.slug,
          }))}
        />
        <DraftText
          path={[...path, "id"]}
          label="Prescription id"
          hint="Unique in the program; session logs refer to it."
          onRename={(from, to) => editor.renameCard(prescriptionCard(from), prescriptionCard(to))}
        />
        <DraftSelect path={[...path, "sides"]} label="Sides" choices={sideChoices} />
        <DraftSelect path={[...path, "setLabel"]} label="Count in" choices={setLabelChoices} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <DraftRange
          path={[...path, "sets"]}
          label={prescription.setLabel === "cycle" ? "Cycles" : "Sets"}
        />
        <DraftRange
          path={[...path, "reps"]}
          label="Reps"
          nullable={{ label: "Counts reps", fallback: { min: 8, max: 12 } }}
        />
        <DraftRange
          path={[...path, "holdSeconds"]}
          label="Hold"
          unit="seconds"
          nullable={{ label: "Holds each rep or position", fallback: { min: 5, max: 10 } }}
        />
      </div>
      <div className="flex flex-col gap-4">
        <DraftKeyList
          path={[...path, "positions"]}
          label="Positions, in order"
          itemLabel="Position"
          addLabel="Add a position"
          hint="Visited in order within each set, e.g. low, mid and high hip flexion."
        />
        <DraftKeyList
          path={[...path, "directions"]}
          label="Directions, in order"
          itemLabel="Direction"
          addLabel="Add a direction"
          hint="Done in order at each position, e.g. turn in, then turn out."
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <DraftNumber path={[...path, "restSeconds"]} label="Rest between sets (seconds)" />
        <DraftText path={[...path, "tempo"]} label="Tempo (optional)" optional />
      </div>
      <DraftText path={[...path, "notes"]} label="Notes (optional)" optional multiline />
    </EditorCard>
  );
}
