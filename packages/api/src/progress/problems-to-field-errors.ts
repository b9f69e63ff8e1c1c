/** Turns domain problems (with field paths) into the API's field errors, under a prefix. */
import type { Problem } from "@phasewise/domain";

export function problemsToFieldErrors(prefix: string, problems: readonly Problem[]) {
  const fieldErrors: Record<string, string[]> = {};
  for (const problem of problems) {
    const key = [prefix, ...problem.path].join(".");
    (fieldErrors[key] ??= []).push(problem.message);
  }
  return fieldErrors;
}
