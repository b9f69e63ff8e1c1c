import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { assessmentResults, enrollments } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";
import { kneePainSolution } from "@phasewise/domain";

import { customerCaller } from "../../testing/callers";
import { allNoAnswers, baselineInput, grantAccess, programSlug } from "../../testing/journey";

const db = useTestDb();
const redFlag = kneePainSolution.screeningQuestions.find((question) => question.redFlag);

describe("enrollment", () => {
  it("asks the safety questions and the baseline check before the first session", async () => {
    const user = await createTestUser(db);
    await grantAccess(db, user);
    const setup = await customerCaller(db, user).enrollment.setup({ programSlug });
    expect(setup.screeningQuestions.length).toBeGreaterThan(3);
    expect(setup.baseline?.key).toBe(kneePainSolution.baselineAssessmentKey);
    expect(setup.enrolled).toBe(false);
  });

  it("refuses to start with unanswered questions, naming each one", async () => {
    const user = await createTestUser(db);
    await grantAccess(db, user);
    const answers = allNoAnswers();
    const [firstKey] = Object.keys(answers);
    if (!firstKey) throw new Error("no screening questions");
    delete answers[firstKey];
    await expect(
      customerCaller(db, user).enrollment.start({
        programSlug,
        answers,
        baseline: baselineInput(),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Answer every safety question." });
    expect(await db.select().from(enrollments).where(eq(enrollments.userId, user.id))).toEqual([]);
  });

  it("requires red flags to be acknowledged, then lets the customer start", async () => {
    if (!redFlag) throw new Error("the seed needs a red-flag question");
    const user = await createTestUser(db);
    await grantAccess(db, user);
    const caller = customerCaller(db, user);
    const answers = { ...allNoAnswers(), [redFlag.key]: true };
    await expect(
      caller.enrollment.start({ programSlug, answers, baseline: baselineInput() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const started = await caller.enrollment.start({
      programSlug,
      answers,
      acknowledgedRedFlags: true,
      baseline: baselineInput(),
    });
    expect(started).toMatchObject({ currentPhaseKey: "restore", alreadyEnrolled: false });
    const [row] = await db.select().from(enrollments).where(eq(enrollments.userId, user.id));
    expect(row?.screening).toMatchObject({ redFlags: [redFlag.key], acknowledgedRedFlags: true });
  });

  it("rejects impossible baseline values per field and stores nothing", async () => {
    const user = await createTestUser(db);
    await grantAccess(db, user);
    const baseline = baselineInput();
    baseline.values[2] = { itemKey: "knee-pain-stairs", value: 14 };
    await expect(
      customerCaller(db, user).enrollment.start({ programSlug, answers: allNoAnswers(), baseline }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await db.select().from(assessmentResults).where(eq(assessmentResults.userId, user.id)),
    ).toEqual([]);
  });

  it("starting twice keeps one enrolment and one baseline", async () => {
    const user = await createTestUser(db);
    await grantAccess(db, user);
    const caller = customerCaller(db, user);
    const input = { programSlug, answers: allNoAnswers(), baseline: baselineInput() };
    const first = await caller.enrollment.start(input);
    const second = await caller.enrollment.start({ ...input, baseline: baselineInput(40) });
    expect(second).toMatchObject({ enrollmentId: first.enrollmentId, alreadyEnrolled: true });
    expect(
      await db.select().from(assessmentResults).where(eq(assessmentResults.userId, user.id)),
    ).toHaveLength(1);
  });

  it("shows the program to anyone, and access to a signed-in customer", async () => {
    const visitor = await customerCaller(db, null).programs.get({ slug: programSlug });
    expect(visitor.phases.map((phase) => phase.key)).toEqual([
      "restore",
      "strengthen",
      "integrate",
      "maintain",
    ]);
    expect(visitor.viewer).toEqual({ signedIn: false, hasAccess: false, enrolled: false });
    const user = await createTestUser(db);
    await grantAccess(db, user);
    const customer = await customerCaller(db, user).programs.get({ slug: programSlug });
    expect(customer.viewer).toEqual({ signedIn: true, hasAccess: true, enrolled: false });
    const list = await customerCaller(db, null).programs.list();
    expect(list.map((program) => program.slug)).toContain(programSlug);
    await expect(customerCaller(db, null).programs.get({ slug: "nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
