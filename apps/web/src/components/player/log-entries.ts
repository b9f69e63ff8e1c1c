/**
 * The editable "what you did" part of the log: entries as strings while being edited, and
 * back to validated `SessionLogEntry` values (with field errors keyed like the server's,
 * "entries.0.setsDone") on submit.
 */
import type { SessionLogEntry } from "@phasewise/domain";

import type { FieldErrors } from "./submit-errors";

type NumberField = "setsDone" | "repsDone" | "holdSeconds";

export interface EntryDraft {
  prescriptionId: string;
  side: SessionLogEntry["side"];
  setsDone: string;
  repsDone?: string;
  holdSeconds?: string;
}

/** Bounds of the log schema, so the device catches what the server would reject. */
export const ENTRY_LIMITS: Record<NumberField, { max: number; integer: boolean }> = {
  setsDone: { max: 50, integer: true },
  repsDone: { max: 500, integer: true },
  holdSeconds: { max: 600, integer: false },
};

export function toDrafts(entries: readonly SessionLogEntry[]): EntryDraft[] {
  return entries.map((entry) => ({
    prescriptionId: entry.prescriptionId,
    side: entry.side,
    setsDone: String(entry.setsDone),
    ...(entry.repsDone === undefined ? {} : { repsDone: String(entry.repsDone) }),
    ...(entry.holdSeconds === undefined ? {} : { holdSeconds: String(entry.holdSeconds) }),
  }));
}

function readNumber(text: string, field: NumberField): number | string {
  const limits = ENTRY_LIMITS[field];
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(value)) return "Enter a number";
  if (limits.integer && !Number.isInteger(value)) return "Use a whole number";
  if (value < 0 || value > limits.max) return `Use a number from 0 to ${limits.max}`;
  return value;
}

export function readDrafts(drafts: readonly EntryDraft[]): {
  entries: SessionLogEntry[];
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const entries = drafts.map((draft, index) => {
    const read = (field: NumberField, text: string): number => {
      const result = readNumber(text, field);
      if (typeof result === "string") {
        errors[`entries.${index}.${field}`] = [result];
        return 0;
      }
      return result;
    };
    return {
      prescriptionId: draft.prescriptionId,
      side: draft.side,
      setsDone: read("setsDone", draft.setsDone),
      ...(draft.repsDone === undefined ? {} : { repsDone: read("repsDone", draft.repsDone) }),
      ...(draft.holdSeconds === undefined
        ? {}
        : { holdSeconds: read("holdSeconds", draft.holdSeconds) }),
    };
  });
  return { entries, errors };
}
