/**
 * The customer's enrolment in a program with its pinned version's document, in one query. The
 * user id is part of the WHERE clause: nobody can load someone else's enrolment.
 */
import { and, eq } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { enrollments, phaseProgress, programVersions } from "@phasewise/db/schema";

import { AppError } from "../errors";
import { rememberDocument } from "../programs/load-program-version";

export async function findEnrollment(db: Executor, userId: string, programId: string) {
  const [row] = await db
    .select({
      id: enrollments.id,
      currentPhaseKey: enrollments.currentPhaseKey,
      startedAt: enrollments.startedAt,
      completedAt: enrollments.completedAt,
      versionId: programVersions.id,
      version: programVersions.version,
      document: programVersions.document,
      phaseStartedAt: phaseProgress.startedAt,
    })
    .from(enrollments)
    .innerJoin(programVersions, eq(programVersions.id, enrollments.programVersionId))
    .leftJoin(
      phaseProgress,
      and(
        eq(phaseProgress.enrollmentId, enrollments.id),
        eq(phaseProgress.phaseKey, enrollments.currentPhaseKey),
      ),
    )
    .where(and(eq(enrollments.userId, userId), eq(enrollments.programId, programId)));
  if (!row) return undefined;
  const document = rememberDocument(row.versionId, row.document);
  const phaseIndex = document.phases.findIndex((phase) => phase.key === row.currentPhaseKey);
  const phase = document.phases[phaseIndex];
  if (!phase) throw new Error(`Enrollment ${row.id} points at a phase its version lacks`);
  return {
    id: row.id,
    startedAt: row.startedAt,
    /** Set once the final phase's own rule is met (a final phase without a rule never ends). */
    completedAt: row.completedAt,
    version: row.version,
    document,
    phase,
    phaseIndex,
    phaseStartedAt: row.phaseStartedAt ?? row.startedAt,
  };
}

export async function requireEnrollment(db: Executor, userId: string, programId: string) {
  const enrollment = await findEnrollment(db, userId, programId);
  if (!enrollment) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "Start the program first: answer the safety questions and take the baseline check.",
    );
  }
  return enrollment;
}

export type LoadedEnrollment = NonNullable<Awaited<ReturnType<typeof findEnrollment>>>;
