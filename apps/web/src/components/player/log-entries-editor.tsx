/**
 * "What you did": one small group per exercise and side, prefilled from the steps reached, so
 * the customer only corrects what differed (an extra rep, a shorter hold).
 */
import type { Exercise, Prescription } from "@phasewise/domain";
import { TextField } from "@phasewise/ui";

import type { EntryDraft } from "./log-entries";
import type { FieldErrors } from "./submit-errors";
import { ENTRY_LIMITS } from "./log-entries";
import { errorsFor } from "./submit-errors";

export interface LogEntriesEditorProps {
  drafts: readonly EntryDraft[];
  prescriptions: readonly Prescription[];
  exercises: readonly Exercise[];
  errors: FieldErrors;
  onChange: (index: number, draft: EntryDraft) => void;
}

const SIDE_SUFFIX = { left: " — left side", right: " — right side", none: "" } as const;

export function LogEntriesEditor({
  drafts,
  prescriptions,
  exercises,
  errors,
  onChange,
}: LogEntriesEditorProps) {
  if (drafts.length === 0) {
    return (
      <p className="rounded-lg bg-slate-50 p-4 text-slate-800">
        No exercise was started, so there is nothing to record here.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {drafts.map((draft, index) => {
        const prescription = prescriptions.find((p) => p.id === draft.prescriptionId);
        const name =
          exercises.find((exercise) => exercise.slug === prescription?.exerciseSlug)?.name ??
          draft.prescriptionId;
        const setWord = prescription?.setLabel === "cycle" ? "Cycles" : "Sets";
        const field = (
          key: "setsDone" | "repsDone" | "holdSeconds",
          label: string,
          value: string,
        ) => (
          <TextField
            label={label}
            type="number"
            inputMode={ENTRY_LIMITS[key].integer ? "numeric" : "decimal"}
            min={0}
            max={ENTRY_LIMITS[key].max}
            step={ENTRY_LIMITS[key].integer ? 1 : "any"}
            value={value}
            error={errorsFor(errors, `entries.${index}.${key}`)}
            onChange={(event) => onChange(index, { ...draft, [key]: event.target.value })}
          />
        );
        return (
          <fieldset
            key={`${draft.prescriptionId}/${draft.side}`}
            className="rounded-lg border border-slate-200 p-3"
          >
            <legend className="px-1 font-medium text-slate-900">
              {name}
              {SIDE_SUFFIX[draft.side]}
            </legend>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {field("setsDone", `${setWord} done`, draft.setsDone)}
              {draft.repsDone !== undefined && field("repsDone", "Reps per set", draft.repsDone)}
              {draft.holdSeconds !== undefined &&
                field("holdSeconds", "Hold (seconds)", draft.holdSeconds)}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
