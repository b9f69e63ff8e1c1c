/**
 * `checkSessionLog`: checks a submitted session log against the program version the customer is
 * enrolled in — the phase and session exist, and every entry belongs to that session on a side
 * the prescription actually has. Values done outside the ranges are accepted: the log records
 * what happened, not what was prescribed. The session-level answers (pain, difficulty, note) need
 * nothing from the program; `sessionLogInputSchema` already bounds them.
 */
import type { Prescription } from "../schemas/prescription";
import type { ProgramDocument } from "../schemas/program-document";
import type { SessionLogInput } from "../schemas/session-log-input";
import type { Problem } from "./problem";

function allowedSides(prescription: Prescription): readonly string[] {
  return prescription.sides === "both" ? ["left", "right"] : [prescription.sides];
}

export function checkSessionLog(program: ProgramDocument, log: SessionLogInput): Problem[] {
  const phase = program.phases.find((candidate) => candidate.key === log.phaseKey);
  if (phase === undefined) {
    return [{ path: ["phaseKey"], message: `Unknown phase "${log.phaseKey}"` }];
  }
  const session = program.sessions.find((candidate) => candidate.key === log.sessionKey);
  if (session === undefined || !phase.sessionKeys.includes(log.sessionKey)) {
    return [
      { path: ["sessionKey"], message: `Session "${log.sessionKey}" is not part of this phase` },
    ];
  }
  const byId = new Map(
    session.prescriptions.map((prescription) => [prescription.id, prescription]),
  );
  const problems: Problem[] = [];
  log.entries.forEach((entry, index) => {
    const prescription = byId.get(entry.prescriptionId);
    if (prescription === undefined) {
      problems.push({
        path: ["entries", index, "prescriptionId"],
        message: `"${entry.prescriptionId}" is not in session "${session.key}"`,
      });
      return;
    }
    const sides = allowedSides(prescription);
    if (!sides.includes(entry.side)) {
      problems.push({
        path: ["entries", index, "side"],
        message: `Expected side ${sides.map((side) => `"${side}"`).join(" or ")}`,
      });
    }
  });
  return problems;
}
