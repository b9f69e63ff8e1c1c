/**
 * Test fixture for the analytics procedures: customers written straight into the tables (an
 * enrolment on a program version, its phase stints, session logs and check-ins) at exact days
 * before one fixed `now`, so every expected figure can be worked out by hand.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import {
  assessmentResults,
  enrollments,
  phaseProgress,
  programVersions,
  sessionLogs,
} from "@phasewise/db/schema";
import { createTestUser } from "@phasewise/db/testing";
import { kneePainSolution } from "@phasewise/domain";

const DAY_MS = 86_400_000;

export interface CustomerSpec {
  enrolledDaysAgo: number;
  completedDaysAgo?: number;
  phases: { key: string; startedDaysAgo: number; completedDaysAgo?: number }[];
  logs?: { phaseKey: string; daysAgo: number[]; completed?: boolean }[];
  /** Knee pain items (stairs, squat, rest); a null phase is the baseline. */
  checkIns?: { phaseKey: string | null; daysAgo: number; pain: [number, number, number] }[];
}

export async function findVersionId(db: Database, programId: string) {
  const [version] = await db
    .select({ id: programVersions.id })
    .from(programVersions)
    .where(eq(programVersions.programId, programId));
  if (!version) throw new Error("The test program has no version");
  return version.id;
}

export async function addCustomer(
  db: Database,
  program: { programId: string; versionId: string },
  spec: CustomerSpec,
  now: Date,
) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const user = await createTestUser(db);
  const current = spec.phases[spec.phases.length - 1];
  if (!current) throw new Error("A customer needs a phase");
  const [enrollment] = await db
    .insert(enrollments)
    .values({
      userId: user.id,
      programId: program.programId,
      programVersionId: program.versionId,
      currentPhaseKey: current.key,
      screening: {},
      startedAt: ago(spec.enrolledDaysAgo),
      completedAt: spec.completedDaysAgo === undefined ? null : ago(spec.completedDaysAgo),
    })
    .returning({ id: enrollments.id });
  if (!enrollment) throw new Error("No enrolment was created");
  const owner = { userId: user.id, enrollmentId: enrollment.id };
  await db.insert(phaseProgress).values(
    spec.phases.map((phase) => ({
      ...owner,
      phaseKey: phase.key,
      startedAt: ago(phase.startedDaysAgo),
      completedAt: phase.completedDaysAgo === undefined ? null : ago(phase.completedDaysAgo),
    })),
  );
  const logs = (spec.logs ?? []).flatMap((group) =>
    group.daysAgo.map((days) => ({
      ...owner,
      clientId: randomUUID(),
      phaseKey: group.phaseKey,
      sessionKey: `${group.phaseKey}-a`,
      completed: group.completed ?? true,
      entries: [],
      painBefore: 2,
      painDuring: 2,
      painAfter: 2,
      difficulty: 3,
      startedAt: new Date(ago(days).getTime() - 20 * 60_000),
      endedAt: ago(days),
    })),
  );
  if (logs.length > 0) await db.insert(sessionLogs).values(logs);
  const checkIns = (spec.checkIns ?? []).map((checkIn) => ({
    ...owner,
    clientId: randomUUID(),
    assessmentKey: kneePainSolution.baselineAssessmentKey,
    phaseKey: checkIn.phaseKey,
    takenAt: ago(checkIn.daysAgo),
    values: [
      // Degrees are not pain: they must not move the knee pain score.
      { itemKey: "hip-internal-rotation", side: "left", value: 20 },
      { itemKey: "hip-internal-rotation", side: "right", value: 25 },
      { itemKey: "knee-pain-stairs", value: checkIn.pain[0] },
      { itemKey: "knee-pain-squat", value: checkIn.pain[1] },
      { itemKey: "knee-pain-rest", value: checkIn.pain[2] },
    ],
  }));
  if (checkIns.length > 0) await db.insert(assessmentResults).values(checkIns);
  return { user, enrollmentId: enrollment.id };
}
