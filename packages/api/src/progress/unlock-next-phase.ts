/**
 * Moves an enrolment into its next phase when the current phase's rule is met. Runs inside the
 * caller's transaction (which holds the enrolment row lock), so two submissions can never unlock
 * twice or skip a phase.
 */
import { and, eq } from "drizzle-orm";

import type { Transaction } from "@phasewise/db/client";
import type { Phase } from "@phasewise/domain";
import { enrollments, phaseProgress } from "@phasewise/db/schema";

import type { LoadedEnrollment } from "../enrollment/load-enrollment";

export async function unlockNextPhase(
  tx: Transaction,
  userId: string,
  enrollment: LoadedEnrollment,
  nextPhase: Phase,
  now: Date,
) {
  await tx
    .update(phaseProgress)
    .set({ completedAt: now })
    .where(
      and(
        eq(phaseProgress.enrollmentId, enrollment.id),
        eq(phaseProgress.phaseKey, enrollment.phase.key),
      ),
    );
  await tx
    .insert(phaseProgress)
    .values({ enrollmentId: enrollment.id, userId, phaseKey: nextPhase.key, startedAt: now })
    .onConflictDoNothing();
  await tx
    .update(enrollments)
    .set({ currentPhaseKey: nextPhase.key })
    .where(and(eq(enrollments.id, enrollment.id), eq(enrollments.userId, userId)));
  return { toPhaseKey: nextPhase.key, toPhaseTitle: nextPhase.title, toPhaseGoal: nextPhase.goal };
}
