/**
 * `nextPhaseKey`: the phase a customer moves to when a gate opens. Always the immediate
 * successor in program order, so no phase can be skipped.
 */
import type { ProgramDocument } from "../schemas/program-document";

/** `null` when the phase is the last one, or is not part of the program. */
export function nextPhaseKey(
  program: Pick<ProgramDocument, "phases">,
  currentPhaseKey: string,
): string | null {
  const index = program.phases.findIndex((phase) => phase.key === currentPhaseKey);
  if (index < 0) return null;
  return program.phases[index + 1]?.key ?? null;
}
