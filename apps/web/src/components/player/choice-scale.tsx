/**
 * A question answered by picking one of a few tiles (pain 0–10, difficulty 1–5, yes/no). Native
 * radio buttons underneath, so arrow keys, labels and form semantics come for free; the tiles
 * are large enough to hit after a workout.
 */
import { useId } from "react";

import { cn } from "@phasewise/ui";

export interface ScaleOption<T> {
  value: T;
  label: string;
  /** Words after the number, part of the accessible name ("0 no pain"). */
  caption?: string;
}

export interface ChoiceScaleProps<T> {
  legend: string;
  hint?: string;
  name: string;
  options: readonly ScaleOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
  /** Grid classes for the tiles. */
  gridClassName?: string;
}

export function ChoiceScale<T extends string | number | boolean>({
  legend,
  hint,
  name,
  options,
  value,
  onChange,
  error,
  gridClassName = "grid-cols-2",
}: ChoiceScaleProps<T>) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <fieldset
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 text-base font-semibold text-slate-900">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className={cn("grid gap-2", gridClassName)}>
        {options.map((option) => (
          <label
            key={String(option.value)}
            className={cn(
              "relative flex min-h-12 cursor-pointer flex-col items-center justify-center rounded-lg border-2 px-2 py-1 text-center",
              "border-slate-300 bg-white text-slate-900 hover:border-brand-600",
              "has-checked:border-brand-900 has-checked:bg-brand-700 has-checked:text-white",
              "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600",
            )}
          >
            <input
              type="radio"
              name={`${id}-${name}`}
              // Transparent but on top of the tile, so a click or tap lands on the radio itself.
              className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="text-lg font-bold">{option.label}</span>
            {option.caption && (
              <>
                {" "}
                <span className="text-xs leading-tight">{option.caption}</span>
              </>
            )}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

const PAIN_OPTIONS: ScaleOption<number>[] = Array.from({ length: 11 }, (_, score) => ({
  value: score,
  label: String(score),
  ...(score === 0 ? { caption: "no pain" } : {}),
  ...(score === 10 ? { caption: "worst imaginable" } : {}),
}));

/** The 0–10 numeric pain scale. */
export function PainScale(props: Omit<ChoiceScaleProps<number>, "options" | "gridClassName">) {
  return (
    <ChoiceScale {...props} options={PAIN_OPTIONS} gridClassName="grid-cols-6 sm:grid-cols-11" />
  );
}
