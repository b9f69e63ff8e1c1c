/**
 * Completing a program: when the final phase has a rule of its own and the customer meets it,
 * the enrolment is marked complete once, the player's result says so and the dashboard shows it.
 * The seeded program's last phase has no rule (it is the keep-going phase), so it never ends.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { enrollments } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";
import { kneePainSolution } from "@phasewise/domain";

import { buildLog } from "../../../testing/journey";
import { createProgram, enrolCustomer } from "../../admin/admin-test-helpers";

const db = useTestDb();

describe("completing a program", () => {
  it("completes once when the final phase's own rule is met", async () => {
    const [first] = kneePainSolution.phases;
    if (!first) throw new Error("the seed has no phases");
    const program = await createProgram(db, {
      phases: [{ ...first, unlockRule: { minSessions: 2, minDays: 0 } }],
    });
    const { caller, enrollmentId } = await enrolCustomer(db, program);
    const programSlug = program.slug;

    const results = [];
    for (let index = 0; index < 3; index++) {
      const plan = await caller.progress.sessionPlan({ programSlug });
      results.push(await caller.progress.completeSession({ programSlug, log: buildLog(plan) }));
    }
    expect(results.map((result) => [result.programCompleted, result.unlocked])).toEqual([
      [false, null],
      [true, null],
      [false, null],
    ]);

    const [row] = await db.select().from(enrollments).where(eq(enrollments.id, enrollmentId));
    expect(row?.completedAt).toBeInstanceOf(Date);
    const dashboard = await caller.progress.dashboard({ programSlug });
    expect(dashboard.enrolled && dashboard.completedAt).toEqual(row?.completedAt);
  });

  it("never completes a final phase without a rule (the keep-going phase)", async () => {
    const [first] = kneePainSolution.phases;
    if (!first) throw new Error("the seed has no phases");
    const { unlockRule: _none, ...keepGoing } = first;
    const program = await createProgram(db, { phases: [keepGoing] });
    const { caller } = await enrolCustomer(db, program);
    const plan = await caller.progress.sessionPlan({ programSlug: program.slug });
    const result = await caller.progress.completeSession({
      programSlug: program.slug,
      log: buildLog(plan),
    });
    expect(result.programCompleted).toBe(false);
    const dashboard = await caller.progress.dashboard({ programSlug: program.slug });
    expect(dashboard.enrolled && dashboard.completedAt).toBeNull();
  });
});
