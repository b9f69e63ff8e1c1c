/**
 * Test helpers for the customer journey: the seeded program, access, enrolment, and session logs
 * built the way the player builds them (expanded steps → entries).
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import type { User } from "@phasewise/db/schema";
import type { Exercise, SessionLogInput, SessionTemplate } from "@phasewise/domain";
import { seedKneePainSolution } from "@phasewise/db";
import { accessGrants, phaseProgress } from "@phasewise/db/schema";
import { buildLogEntriesFromSteps, expandSession, kneePainSolution } from "@phasewise/domain";

import { customerCaller } from "./callers";

export const programSlug = kneePainSolution.slug;

export async function grantAccess(db: Database, user: User) {
  const programId = await seedKneePainSolution(db);
  await db.insert(accessGrants).values({ userId: user.id, programId, reason: "test" });
  return programId;
}

export function baselineInput(hipDegrees = 20) {
  return {
    clientId: randomUUID(),
    assessmentKey: kneePainSolution.baselineAssessmentKey,
    takenAt: new Date().toISOString(),
    values: [
      { itemKey: "hip-internal-rotation", side: "left" as const, value: hipDegrees },
      { itemKey: "hip-internal-rotation", side: "right" as const, value: hipDegrees + 5 },
      { itemKey: "knee-pain-stairs", value: 4 },
      { itemKey: "knee-pain-squat", value: 5 },
      { itemKey: "knee-pain-rest", value: 1 },
    ],
  };
}

export function allNoAnswers() {
  return Object.fromEntries(
    kneePainSolution.screeningQuestions.map((question) => [question.key, false]),
  );
}

export async function enrol(db: Database, user: User) {
  await grantAccess(db, user);
  return customerCaller(db, user).enrollment.start({
    programSlug,
    answers: allNoAnswers(),
    baseline: baselineInput(),
  });
}

export function buildLog(
  plan: {
    phase: { key: string };
    session: { key: string };
    template: SessionTemplate;
    exercises: Exercise[];
  },
  overrides: Partial<SessionLogInput> = {},
): SessionLogInput {
  const { steps } = expandSession(plan.template, plan.exercises);
  return {
    clientId: randomUUID(),
    phaseKey: plan.phase.key,
    sessionKey: plan.session.key,
    startedAt: new Date(Date.now() - 15 * 60_000).toISOString(),
    endedAt: new Date().toISOString(),
    outcome: "completed",
    painBefore: 2,
    painDuring: 2,
    painAfter: 1,
    sharpPain: false,
    difficulty: 3,
    entries: buildLogEntriesFromSteps(steps, steps.length),
    ...overrides,
  };
}

/** Moves the start of the customer's current phase into the past, as if days had gone by. */
export async function backdatePhase(
  db: Database,
  enrollmentId: string,
  phaseKey: string,
  days: number,
) {
  await db
    .update(phaseProgress)
    .set({ startedAt: new Date(Date.now() - days * 86_400_000) })
    .where(and(eq(phaseProgress.enrollmentId, enrollmentId), eq(phaseProgress.phaseKey, phaseKey)));
}
