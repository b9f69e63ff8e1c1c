/** A labelled textarea with a character count and an error tied to it by aria-describedby. */
import type { TextareaHTMLAttributes } from "react";
import { useId } from "react";

import { cn } from "@phasewise/ui";

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  value: string;
  maxLength: number;
  error?: string;
}

export function TextAreaField({
  label,
  error,
  className,
  maxLength,
  ...props
}: TextAreaFieldProps) {
  const id = useId();
  const left = maxLength - props.value.length;
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-base font-semibold text-slate-900">
        {label}
      </label>
      <textarea
        id={id}
        maxLength={maxLength}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={cn(`${id}-count`, error && `${id}-error`)}
        className={cn(
          "rounded-lg border px-3 py-2 text-base",
          error ? "border-danger-600" : "border-slate-300",
        )}
        {...props}
      />
      <p id={`${id}-count`} className="text-sm text-slate-600">
        {left} characters left
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {error}
        </p>
      )}
    </div>
  );
}
