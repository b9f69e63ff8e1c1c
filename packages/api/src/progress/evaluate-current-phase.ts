/** Runs the domain's phase rule for an enrolment's current phase over its loaded activity. */
import { evaluatePhase, nextPhaseKey } from "@phasewise/domain";

import type { LoadedEnrollment } from "../enrollment/load-enrollment";
import type { PhaseActivity } from "./load-phase-activity";

export function evaluateCurrentPhase(
  enrollment: LoadedEnrollment,
  activity: PhaseActivity,
  now: Date,
) {
  const evaluation = evaluatePhase(enrollment.phase, {
    phaseStartedAt: enrollment.phaseStartedAt,
    sessions: activity.phaseSessions,
    assessmentResults: activity.assessments
      .filter((result) => result.phaseKey !== null && result.takenAt >= enrollment.phaseStartedAt)
      .map((result) => ({ assessmentKey: result.assessmentKey, takenAt: result.takenAt })),
    now,
    assessments: enrollment.document.assessments,
  });
  const nextKey = nextPhaseKey(enrollment.document, enrollment.phase.key);
  const nextPhase = enrollment.document.phases.find((phase) => phase.key === nextKey) ?? null;
  return { evaluation, nextPhase };
}
