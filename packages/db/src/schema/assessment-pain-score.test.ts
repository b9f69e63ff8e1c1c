/**
 * The database keeps `assessment_results.pain_score` (migration 0005): the mean of the check-in's
 * pain items as the enrolment's version defines them, whatever the writer passes.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { kneePainSolution } from "@phasewise/domain";

import { seedProgram } from "../seed/seed-programs";
import { createTestUser, useTestDb } from "../testing";
import { assessmentResults, enrollments, programVersions } from "./index";

const db = useTestDb();

async function enrolment() {
  const slug = `pain-score-${randomUUID().slice(0, 8)}`;
  const programId = await seedProgram(db, { ...structuredClone(kneePainSolution), slug });
  const [version] = await db
    .select({ id: programVersions.id })
    .from(programVersions)
    .where(eq(programVersions.programId, programId));
  if (!version) throw new Error("the seed publishes version 1");
  const user = await createTestUser(db);
  const [enrollment] = await db
    .insert(enrollments)
    .values({
      userId: user.id,
      programId,
      programVersionId: version.id,
      currentPhaseKey: "restore",
      screening: {},
    })
    .returning({ id: enrollments.id });
  if (!enrollment) throw new Error("no enrolment");
  return { userId: user.id, enrollmentId: enrollment.id };
}

const checkIn = (pain: [number, number, number]) => [
  { itemKey: "hip-internal-rotation", side: "left", value: 30 },
  { itemKey: "hip-internal-rotation", side: "right", value: 35 },
  { itemKey: "knee-pain-stairs", value: pain[0] },
  { itemKey: "knee-pain-squat", value: pain[1] },
  { itemKey: "knee-pain-rest", value: pain[2] },
];

describe("assessment_results.pain_score", () => {
  it("is computed on insert, replacing what the writer passed, and follows later edits", async () => {
    const owner = await enrolment();
    const [row] = await db
      .insert(assessmentResults)
      .values({
        ...owner,
        clientId: randomUUID(),
        assessmentKey: kneePainSolution.baselineAssessmentKey,
        values: checkIn([6, 3, 0]),
        painScore: 9,
      })
      .returning({ id: assessmentResults.id, painScore: assessmentResults.painScore });
    // Degrees are not pain items: (6 + 3 + 0) / 3.
    expect(row?.painScore).toBe(3);
    if (!row) return;

    const [edited] = await db
      .update(assessmentResults)
      .set({ values: checkIn([2, 2, 2]) })
      .where(eq(assessmentResults.id, row.id))
      .returning({ painScore: assessmentResults.painScore });
    expect(edited?.painScore).toBe(2);

    const [forced] = await db
      .update(assessmentResults)
      .set({ painScore: 0 })
      .where(eq(assessmentResults.id, row.id))
      .returning({ painScore: assessmentResults.painScore });
    expect(forced?.painScore).toBe(2);
  });

  it("is null for a check-in the version does not know or without pain values", async () => {
    const owner = await enrolment();
    const rows = await db
      .insert(assessmentResults)
      .values([
        {
          ...owner,
          clientId: randomUUID(),
          assessmentKey: "not-in-this-version",
          values: checkIn([5, 5, 5]),
        },
        {
          ...owner,
          clientId: randomUUID(),
          assessmentKey: kneePainSolution.baselineAssessmentKey,
          values: checkIn([5, 5, 5]).slice(0, 2),
        },
      ])
      .returning({ painScore: assessmentResults.painScore });
    expect(rows.map((row) => row.painScore)).toEqual([null, null]);
  });
});
