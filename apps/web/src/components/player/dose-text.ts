/** Plain-words descriptions of a prescription's dose and of the ranges the customer may adjust. */
import type { Prescription, PrescriptionChoice, Range } from "@phasewise/domain";

function rangeText(range: Range): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

function plural(range: Range, word: string): string {
  return `${rangeText(range)} ${word}${range.max === 1 ? "" : "s"}`;
}

/** e.g. "2–4 cycles each side · hold 5–10 s · Low, Mid, High". */
export function describeDose(prescription: Prescription): string {
  const perSide = prescription.sides === "both" ? " each side" : "";
  const sideOnly =
    prescription.sides === "left" || prescription.sides === "right"
      ? ` (${prescription.sides} side)`
      : "";
  const parts = [
    `${plural(prescription.sets, prescription.setLabel)}${perSide}${sideOnly}`,
    prescription.reps ? plural(prescription.reps, "rep") : undefined,
    prescription.holdSeconds ? `hold ${rangeText(prescription.holdSeconds)} s` : undefined,
    prescription.positions.length > 0
      ? prescription.positions.map((position) => position.label).join(", ")
      : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(" · ");
}

export type DoseField = keyof PrescriptionChoice;

export interface AdjustableRange {
  field: DoseField;
  label: string;
  range: Range;
}

/** The ranges with room to move, in the order the customer thinks about them. */
export function adjustableRanges(prescription: Prescription): AdjustableRange[] {
  const setWord = prescription.setLabel === "cycle" ? "Cycles" : "Sets";
  const candidates: (AdjustableRange | null)[] = [
    {
      field: "sets",
      label: prescription.sides === "both" ? `${setWord} per side` : setWord,
      range: prescription.sets,
    },
    prescription.reps
      ? {
          field: "reps",
          label: prescription.holdSeconds ? "Reps per set" : "Reps",
          range: prescription.reps,
        }
      : null,
    prescription.holdSeconds
      ? { field: "holdSeconds", label: "Hold (seconds)", range: prescription.holdSeconds }
      : null,
  ];
  return candidates.filter(
    (candidate): candidate is AdjustableRange =>
      candidate !== null && candidate.range.min < candidate.range.max,
  );
}
