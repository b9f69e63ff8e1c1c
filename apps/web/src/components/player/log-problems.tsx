/**
 * The top of the log form after a failed save: why it was not saved (offline, server message)
 * and every answer that needs attention, including server errors for fields the form does not
 * show. Focusable, so the form can move focus here after a failed submit.
 */
import type { Ref } from "react";

import { Notice } from "@phasewise/ui";

import type { FieldErrors } from "./submit-errors";

const FIELD_NAMES: Record<string, string> = {
  stoppedReason: "Why you stopped",
  painBefore: "Pain before",
  painDuring: "Pain during",
  painAfter: "Pain after",
  sharpPain: "Sharp pain",
  difficulty: "Difficulty",
  entries: "What you did",
  note: "Note",
  _form: "Session",
};

function labelOf(key: string): string {
  const field = key.split(".")[0] ?? key;
  return FIELD_NAMES[field] ?? key;
}

export function LogProblems({
  errors,
  failure,
  ref,
}: {
  errors: FieldErrors;
  failure: string | null;
  ref?: Ref<HTMLDivElement>;
}) {
  const problems = Object.entries(errors);
  return (
    <div ref={ref} tabIndex={-1} className="flex flex-col gap-3 focus:outline-none">
      {failure && (
        <Notice tone="danger" title="Not saved yet">
          {failure}
        </Notice>
      )}
      {problems.length > 0 && (
        <Notice tone="danger" title="Please check these answers">
          <ul className="list-disc pl-5">
            {problems.map(([key, messages]) => (
              <li key={key}>
                {labelOf(key)}: {messages.join(" ")}
              </li>
            ))}
          </ul>
        </Notice>
      )}
    </div>
  );
}
