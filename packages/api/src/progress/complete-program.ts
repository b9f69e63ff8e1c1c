/**
 * Marks an enrolment's program complete when its final phase has a rule and that rule is met.
 * Runs inside the caller's transaction (which holds the enrolment row lock); completing twice
 * changes nothing. A final phase without a rule is the keep-going phase and never completes.
 */
import { and, eq, isNull } from "drizzle-orm";

import type { Transaction } from "@phasewise/db/client";
import { enrollments, phaseProgress } from "@phasewise/db/schema";

import type { LoadedEnrollment } from "../enrollment/load-enrollment";

export async function completeProgram(
  tx: Transaction,
  userId: string,
  enrollment: LoadedEnrollment,
  now: Date,
): Promise<boolean> {
  await tx
    .update(phaseProgress)
    .set({ completedAt: now })
    .where(
      and(
        eq(phaseProgress.enrollmentId, enrollment.id),
        eq(phaseProgress.phaseKey, enrollment.phase.key),
        isNull(phaseProgress.completedAt),
      ),
    );
  const completed = await tx
    .update(enrollments)
    .set({ completedAt: now })
    .where(
      and(
        eq(enrollments.id, enrollment.id),
        eq(enrollments.userId, userId),
        isNull(enrollments.completedAt),
      ),
    )
    .returning({ id: enrollments.id });
  return completed.length > 0;
}
