/** A labelled input whose error is announced and tied to it with aria-describedby. */
import type { InputHTMLAttributes } from "react";
import { useId } from "react";

import { cn } from "./cn";

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  error?: string | string[];
}

export function TextField({ label, hint, error, className, id, ...props }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const message = Array.isArray(error) ? error.join(" ") : error;
  const describedBy = [hint && `${inputId}-hint`, message && `${inputId}-error`]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={cn(
          "min-h-11 rounded-lg border px-3 py-2 text-base",
          message ? "border-danger-600" : "border-slate-300",
        )}
        {...props}
      />
      {message && (
        <p id={`${inputId}-error`} className="text-sm text-danger-700">
          {message}
        </p>
      )}
    </div>
  );
}
