"use client";

/** Labelled inputs for admin forms: text, long text, whole numbers, choices and a checkbox. */
import type { InputHTMLAttributes, ReactNode } from "react";
import { useState } from "react";

import type { FieldProps } from "./field-shell";
import { describedBy, FieldErrors, FieldShell, inputClasses } from "./field-shell";

type Common = FieldProps & { disabled?: boolean; readOnly?: boolean };

export function TextInput(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: InputHTMLAttributes<HTMLInputElement>["type"];
    placeholder?: string;
    autoComplete?: string;
  },
) {
  const invalid = !!props.errors?.length;
  return (
    <FieldShell {...props}>
      <input
        id={props.id}
        type={props.type ?? "text"}
        value={props.value}
        disabled={props.disabled}
        readOnly={props.readOnly}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? "off"}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(props)}
        className={inputClasses(invalid, props.readOnly ? "bg-slate-100" : undefined)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FieldShell>
  );
}

export function TextArea(
  props: Common & { value: string; onChange: (value: string) => void; rows?: number },
) {
  const invalid = !!props.errors?.length;
  return (
    <FieldShell {...props}>
      <textarea
        id={props.id}
        value={props.value}
        rows={props.rows ?? 3}
        disabled={props.disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(props)}
        className={inputClasses(invalid)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FieldShell>
  );
}

/**
 * A number. What is typed is kept as text until it reads as a number, so clearing the field to
 * retype does not write anything odd into the document; whole-number and range checks are the
 * domain's (shown as errors), not the input's.
 */
export function NumberInput(
  props: Common & { value: number | null | undefined; onChange: (value: number) => void },
) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (typeof props.value === "number" ? String(props.value) : "");
  const localError = text !== null ? "Enter a number" : undefined;
  const errors = localError ? [localError] : props.errors;
  const invalid = !!errors?.length;
  return (
    <FieldShell {...props} errors={errors}>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        value={shown}
        disabled={props.disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy({ ...props, errors })}
        className={inputClasses(invalid, "max-w-32")}
        onChange={(event) => {
          const raw = event.target.value.trim();
          if (/^-?\d+(\.\d+)?$/.test(raw)) {
            setText(null);
            props.onChange(Number(raw));
          } else {
            setText(event.target.value);
          }
        }}
      />
    </FieldShell>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function Select(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    choices: readonly Choice[];
    /** Extra option groups, e.g. exercises from the library. */
    groups?: readonly { label: string; choices: readonly Choice[] }[];
    placeholder?: string;
  },
) {
  const invalid = !!props.errors?.length;
  return (
    <FieldShell {...props}>
      <select
        id={props.id}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(props)}
        className={inputClasses(invalid)}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        {props.groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkbox(
  props: Omit<Common, "hideLabel"> & {
    checked: boolean;
    onChange: (checked: boolean) => void;
    children?: ReactNode;
  },
) {
  return (
    <div className={props.className}>
      <label
        htmlFor={props.id}
        className="flex min-h-11 items-center gap-2 font-medium text-slate-800"
      >
        <input
          id={props.id}
          type="checkbox"
          checked={props.checked}
          disabled={props.disabled}
          aria-describedby={describedBy(props)}
          className="size-5 accent-brand-700"
          onChange={(event) => props.onChange(event.target.checked)}
        />
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.id}-hint`} className="text-sm text-slate-600">
          {props.hint}
        </p>
      )}
      <FieldErrors id={`${props.id}-error`} errors={props.errors} />
      {props.children}
    </div>
  );
}
