/**
 * Label, hint and error wiring shared by every admin input: the error is tied to the input with
 * aria-describedby and aria-invalid, so screen readers read it with the field.
 */
import type { ReactNode } from "react";

import { cn } from "@phasewise/ui";

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly string[];
  className?: string;
  /** Visually hide the label (it is still read out), for compact rows such as ranges. */
  hideLabel?: boolean;
}

export function describedBy(props: Pick<FieldProps, "id" | "hint" | "errors">) {
  const ids = [
    props.hint ? `${props.id}-hint` : undefined,
    props.errors?.length ? `${props.id}-error` : undefined,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function inputClasses(invalid: boolean, extra?: string) {
  return cn(
    "min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base",
    invalid ? "border-danger-600" : "border-slate-400",
    extra,
  );
}

export function FieldShell(props: FieldProps & { children: ReactNode }) {
  const { id, label, hint, errors, className, hideLabel, children } = props;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "text-sm font-medium text-slate-800"}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-danger-700">
      {errors.join(" ")}
    </p>
  );
}
