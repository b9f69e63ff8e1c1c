/**
 * "Adjust" controls on the before-session screen: for each prescription with a range, pick the
 * sets (or cycles), reps and hold inside it. Native selects: one tap on a phone, arrow keys on
 * a keyboard, and the value can never leave the range.
 */
import { useId } from "react";

import type {
  Exercise,
  PrescriptionChoice,
  SessionChoices,
  SessionTemplate,
} from "@phasewise/domain";

import { adjustableRanges } from "./dose-text";

export interface DoseAdjusterProps {
  template: SessionTemplate;
  exercises: readonly Exercise[];
  choices: SessionChoices;
  onChange: (prescriptionId: string, choice: PrescriptionChoice) => void;
}

function valuesIn(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, offset) => min + offset);
}

export function DoseAdjuster({ template, exercises, choices, onChange }: DoseAdjusterProps) {
  const id = useId();
  const adjustable = template.prescriptions
    .map((prescription) => ({ prescription, ranges: adjustableRanges(prescription) }))
    .filter(({ ranges }) => ranges.length > 0);

  if (adjustable.length === 0) return null;
  return (
    <div className="flex flex-col gap-4">
      {adjustable.map(({ prescription, ranges }) => {
        const name =
          exercises.find((exercise) => exercise.slug === prescription.exerciseSlug)?.name ??
          prescription.exerciseSlug;
        const choice = choices[prescription.id] ?? {};
        return (
          <fieldset key={prescription.id} className="rounded-lg border border-slate-200 p-3">
            <legend className="px-1 font-medium text-slate-900">{name}</legend>
            <div className="flex flex-wrap gap-4">
              {ranges.map(({ field, label, range }) => {
                const selectId = `${id}-${prescription.id}-${field}`;
                return (
                  <div key={field} className="flex flex-col gap-1">
                    <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
                      {label}{" "}
                      <span className="font-normal text-slate-600">
                        ({range.min}–{range.max})
                      </span>
                    </label>
                    <select
                      id={selectId}
                      value={choice[field] ?? range.min}
                      onChange={(event) =>
                        onChange(prescription.id, {
                          ...choice,
                          [field]: Number(event.target.value),
                        })
                      }
                      className="min-h-11 min-w-24 rounded-lg border border-slate-300 bg-white px-3 text-base"
                    >
                      {valuesIn(range.min, range.max).map((value) => (
                        <option key={value} value={value}>
                          {value}
                        </option>
                      ))}
                    </select>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
