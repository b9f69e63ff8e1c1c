"use client";

/**
 * The inputs of one assessment (baseline or re-test): degrees per side as numbers within the
 * item's range, pain as a 0–10 choice. Used by the start page and the re-test page.
 */
import type { Assessment, AssessmentValue } from "@phasewise/domain";

export type AssessmentDraft = Record<string, string>;

const sidesOf = (perSide: boolean) => (perSide ? (["left", "right"] as const) : [undefined]);
const fieldKey = (itemKey: string, side?: "left" | "right") =>
  side ? `${itemKey}:${side}` : itemKey;

export function AssessmentFields({
  assessment,
  draft,
  onChange,
  errors,
}: {
  assessment: Assessment;
  draft: AssessmentDraft;
  onChange: (draft: AssessmentDraft) => void;
  errors: string[];
}) {
  return (
    <fieldset className="flex flex-col gap-5">
      <legend className="text-xl font-semibold">{assessment.title}</legend>
      <p className="text-slate-700">{assessment.instructions}</p>
      {assessment.items.map((item) => (
        <div key={item.key} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4">
          <p className="font-medium">{item.label}</p>
          {item.instructions && <p className="text-sm text-slate-600">{item.instructions}</p>}
          <div className="flex flex-wrap gap-4">
            {sidesOf(item.perSide).map((side) => {
              const key = fieldKey(item.key, side);
              const label = side ? `${item.label}, ${side} side` : item.label;
              return item.kind === "degrees" ? (
                <label key={key} className="flex flex-col gap-1 text-sm">
                  <span>
                    {side ? `${side[0]?.toUpperCase()}${side.slice(1)} side` : "Value"} (degrees)
                  </span>
                  <input
                    aria-label={`${label} (degrees)`}
                    type="number"
                    inputMode="numeric"
                    min={item.range.min}
                    max={item.range.max}
                    required
                    value={draft[key] ?? ""}
                    onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
                    className="min-h-11 w-28 rounded-lg border border-slate-300 px-3"
                  />
                </label>
              ) : (
                <label key={key} className="flex flex-col gap-1 text-sm">
                  <span>{side ? `${side} side` : "Pain"} (0 = none, 10 = worst)</span>
                  <select
                    aria-label={`${label} (pain 0 to 10)`}
                    required
                    value={draft[key] ?? ""}
                    onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
                    className="min-h-11 w-28 rounded-lg border border-slate-300 px-3"
                  >
                    <option value="" disabled>
                      Choose
                    </option>
                    {Array.from({ length: 11 }, (_, value) => (
                      <option key={value} value={value}>
                        {value}
                      </option>
                    ))}
                  </select>
                </label>
              );
            })}
          </div>
        </div>
      ))}
      {errors.length > 0 && (
        <ul className="text-sm text-danger-700" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** Turns the draft into submitted values; missing or non-numeric fields are reported by name. */
export function readAssessmentDraft(assessment: Assessment, draft: AssessmentDraft) {
  const values: AssessmentValue[] = [];
  const missing: string[] = [];
  for (const item of assessment.items) {
    for (const side of sidesOf(item.perSide)) {
      const raw = draft[fieldKey(item.key, side)];
      const value = raw === undefined || raw === "" ? Number.NaN : Number(raw);
      if (Number.isNaN(value)) missing.push(side ? `${item.label} (${side})` : item.label);
      else values.push(side ? { itemKey: item.key, side, value } : { itemKey: item.key, value });
    }
  }
  return { values, missing };
}
