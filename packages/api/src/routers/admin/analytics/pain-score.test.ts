/**
 * The stored knee pain score: a check-in stored through the customer API (the baseline of an
 * enrolment, then a re-test) gets its `pain_score` from the database, and the analytics read it.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { accessGrants, assessmentResults } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";
import { kneePainSolution } from "@phasewise/domain";

import { customerCaller } from "../../../testing/callers";
import { allNoAnswers, baselineInput } from "../../../testing/journey";
import { createAdmin, createProgram, enrolCustomer } from "../admin-test-helpers";

const db = useTestDb();
let admin: Awaited<ReturnType<typeof createAdmin>>["caller"];

beforeAll(async () => {
  admin = (await createAdmin(db)).caller;
});

async function storedScores(enrollmentId: string) {
  const rows = await db
    .select({ phaseKey: assessmentResults.phaseKey, painScore: assessmentResults.painScore })
    .from(assessmentResults)
    .where(eq(assessmentResults.enrollmentId, enrollmentId))
    .orderBy(assessmentResults.takenAt);
  return rows.map((row) => [row.phaseKey, row.painScore]);
}

describe("knee pain score of a stored check-in", () => {
  it("is the mean of the pain items when the customer stores a baseline and a re-test", async () => {
    const program = await createProgram(db);
    // The baseline of `enrolCustomer`: stairs 4, squat 5, rest 1 (and hip degrees, not pain).
    const { caller, enrollmentId } = await enrolCustomer(db, program);
    const baseline = await storedScores(enrollmentId);
    expect(baseline).toHaveLength(1);
    expect(baseline[0]?.[0]).toBeNull();
    expect(baseline[0]?.[1]).toBeCloseTo(10 / 3, 5);

    await caller.progress.submitAssessment({
      programSlug: program.slug,
      result: {
        clientId: randomUUID(),
        assessmentKey: kneePainSolution.baselineAssessmentKey,
        takenAt: new Date().toISOString(),
        values: [
          { itemKey: "hip-internal-rotation", side: "left", value: 40 },
          { itemKey: "hip-internal-rotation", side: "right", value: 45 },
          { itemKey: "knee-pain-stairs", value: 2 },
          { itemKey: "knee-pain-squat", value: 1 },
          { itemKey: "knee-pain-rest", value: 0 },
        ],
      },
    });
    expect((await storedScores(enrollmentId))[1]).toEqual(["restore", 1]);

    const phases = (await admin.analytics.painChange({ programId: program.programId, days: 30 }))
      .phases;
    expect(phases.find((phase) => phase.key === "restore")).toMatchObject({
      customers: 1,
      averageBaseline: 3.33,
      averageLatest: 1,
      averageChange: -2.33,
      improved: 1,
    });
    expect(await admin.analytics.summary({ programId: program.programId, days: 30 })).toMatchObject(
      { averagePainChange: -2.33, painSample: 1 },
    );
  });

  it("follows the items the enrolment's version marks as pain", async () => {
    // A version whose check-in asks only two pain questions: rest is not part of it.
    const document = structuredClone(kneePainSolution);
    for (const assessment of document.assessments) {
      assessment.items = assessment.items.filter((item) => item.key !== "knee-pain-rest");
    }
    const program = await createProgram(db, { assessments: document.assessments });
    const user = await createTestUser(db);
    await db.insert(accessGrants).values({
      userId: user.id,
      programId: program.programId,
      reason: "test",
    });
    const baseline = baselineInput();
    const { enrollmentId } = await customerCaller(db, user).enrollment.start({
      programSlug: program.slug,
      answers: allNoAnswers(),
      baseline: {
        ...baseline,
        values: baseline.values.filter((value) => value.itemKey !== "knee-pain-rest"),
      },
    });
    // Stairs 4 and squat 5 only.
    expect(await storedScores(enrollmentId)).toEqual([[null, 4.5]]);
  });
});
