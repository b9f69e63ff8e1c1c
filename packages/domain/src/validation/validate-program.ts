/**
 * `validateProgram`: the single gate every program document passes before it is saved or
 * published. Returns every problem at once, each with the path of the field at fault, and
 * never throws, whatever it is given.
 */
import type { ProgramDocument } from "../schemas/program-document";
import type { Problem } from "./problem";
import { programDocumentSchema } from "../schemas/program-document";
import { checkPhases } from "./check-phases";
import { checkReferences } from "./check-references";
import { checkScreening } from "./check-screening";
import { checkUniqueKeys } from "./check-unique-keys";
import { toProblems } from "./problem";
import { readReferenceView } from "./reference-view";

export type ValidateProgramResult =
  { ok: true; program: ProgramDocument } | { ok: false; problems: Problem[] };

export function validateProgram(doc: unknown): ValidateProgramResult {
  const parsed = programDocumentSchema.safeParse(doc);
  const view = readReferenceView(doc);
  const problems = [
    ...(parsed.success ? [] : toProblems(parsed.error.issues)),
    ...checkUniqueKeys(view),
    ...checkReferences(view),
    ...checkPhases(view),
    // Not for a document that is not even an object: its root problem says it all.
    ...(typeof doc === "object" && doc !== null ? checkScreening(view) : []),
  ];
  if (parsed.success && problems.length === 0) return { ok: true, program: parsed.data };
  return { ok: false, problems };
}
