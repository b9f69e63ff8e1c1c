import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { sessionLogs } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";
import { kneePainSolution } from "@phasewise/domain";

import { customerCaller } from "../../../testing/callers";
import {
  backdatePhase,
  baselineInput,
  buildLog,
  enrol,
  grantAccess,
  programSlug,
} from "../../../testing/journey";

const db = useTestDb();

describe("progress for an enrolled customer", () => {
  it("shows phase one on the dashboard with its rule and the next session", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const dashboard = await customerCaller(db, user).progress.dashboard({ programSlug });
    if (!dashboard.enrolled) throw new Error("expected an enrolment");
    expect(dashboard.phase).toMatchObject({ key: "restore", number: 1, total: 4 });
    expect(dashboard.evaluation.unlocked).toBe(false);
    expect(dashboard.evaluation.criteria.map((criterion) => criterion.label)).toContain(
      "0 of 6 sessions",
    );
    expect(dashboard.nextSession?.key).toBe("restore-a");
    expect(dashboard.nextSession?.estimatedMinutes).toBeGreaterThan(0);
    expect(dashboard.week).toMatchObject({
      done: 0,
      recommended: dashboard.phase.recommendedSessionsPerWeek,
    });
  });

  it("stores a completed session once and rotates to the next session", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    const plan = await caller.progress.sessionPlan({ programSlug });
    const log = buildLog(plan);
    const first = await caller.progress.completeSession({ programSlug, log });
    const again = await caller.progress.completeSession({ programSlug, log });
    expect(first.alreadyRecorded).toBe(false);
    expect(again).toMatchObject({ alreadyRecorded: true, logId: first.logId });
    expect(first.advice.verdict).toBe("progress");
    const rows = await db.select().from(sessionLogs).where(eq(sessionLogs.userId, user.id));
    expect(rows).toHaveLength(1);
    const dashboard = await caller.progress.dashboard({ programSlug });
    expect(dashboard.enrolled && dashboard.nextSession?.key).toBe("restore-b");
    expect(dashboard.enrolled && dashboard.evaluation.criteria[0]?.label).toBe("1 of 6 sessions");
  });

  it("stores exactly one log for 20 concurrent submissions of the same session", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    const log = buildLog(await caller.progress.sessionPlan({ programSlug }));
    const results = await Promise.all(
      Array.from({ length: 20 }, () => caller.progress.completeSession({ programSlug, log })),
    );
    const rows = await db
      .select()
      .from(sessionLogs)
      .where(and(eq(sessionLogs.userId, user.id), eq(sessionLogs.clientId, log.clientId)));
    expect(rows).toHaveLength(1);
    expect(results.filter((result) => !result.alreadyRecorded)).toHaveLength(1);
    expect(new Set(results.map((result) => result.logId))).toEqual(new Set([rows[0]?.id]));
  });

  it("says stop and seek care after a session with severe or sharp pain, and does not unlock", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    const plan = await caller.progress.sessionPlan({ programSlug });
    const result = await caller.progress.completeSession({
      programSlug,
      log: buildLog(plan, { painDuring: 8, painAfter: 7 }),
    });
    expect(result.advice.verdict).toBe("stop");
    const sharp = await caller.progress.completeSession({
      programSlug,
      log: buildLog(plan, { painDuring: 2, sharpPain: true }),
    });
    expect(sharp.advice.verdict).toBe("stop");
  });

  it("rejects a log with out-of-range pain per field and writes nothing", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    const plan = await caller.progress.sessionPlan({ programSlug });
    await expect(
      caller.progress.completeSession({ programSlug, log: buildLog(plan, { painDuring: 11 }) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.progress.completeSession({
        programSlug,
        log: buildLog(plan, {
          entries: [{ prescriptionId: "no-such", side: "left", setsDone: 1 }],
        }),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.userId, user.id))).toEqual([]);
  });

  it("opens phase two once phase one's rule is met, and never skips a phase", async () => {
    const user = await createTestUser(db);
    const { enrollmentId } = await enrol(db, user);
    await backdatePhase(db, enrollmentId, "restore", 15);
    const caller = customerCaller(db, user);
    let unlocked = null;
    for (let index = 0; index < 6; index++) {
      const plan = await caller.progress.sessionPlan({ programSlug });
      const result = await caller.progress.completeSession({ programSlug, log: buildLog(plan) });
      if (index < 5) expect(result.unlocked).toBeNull();
      unlocked = result.unlocked;
    }
    expect(unlocked).toMatchObject({ toPhaseKey: "strengthen" });
    const dashboard = await caller.progress.dashboard({ programSlug });
    expect(dashboard.enrolled && dashboard.phase.key).toBe("strengthen");
    expect(dashboard.enrolled && dashboard.evaluation.criteria[0]?.label).toBe("0 of 9 sessions");
  });

  it("waits for the calendar even when enough sessions are done", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    for (let index = 0; index < 6; index++) {
      const plan = await caller.progress.sessionPlan({ programSlug });
      expect(
        (await caller.progress.completeSession({ programSlug, log: buildLog(plan) })).unlocked,
      ).toBeNull();
    }
    const dashboard = await caller.progress.dashboard({ programSlug });
    expect(dashboard.enrolled && dashboard.evaluation.reasons.join(" ")).toMatch(/more day/);
  });

  it("summarises progress: sessions this week, pain trend, baseline and history", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    const plan = await caller.progress.sessionPlan({ programSlug });
    await caller.progress.completeSession({ programSlug, log: buildLog(plan, { painDuring: 3 }) });
    const overview = await caller.progress.overview({ programSlug });
    if (!overview.enrolled) throw new Error("expected an enrolment");
    expect(overview.weeks.at(-1)?.sessions).toBe(1);
    expect(overview.painTrend.map((point) => point.painDuring)).toEqual([3]);
    expect(overview.history).toHaveLength(1);
    expect(overview.retest.items.find((item) => item.label.includes("(left)"))).toMatchObject({
      baseline: 20,
      latest: null,
    });
  });

  it("records a re-test and compares it with the baseline per side", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    const result = {
      clientId: crypto.randomUUID(),
      assessmentKey: "hip-knee-check",
      takenAt: new Date().toISOString(),
      values: [
        { itemKey: "hip-internal-rotation", side: "left" as const, value: 31 },
        { itemKey: "hip-internal-rotation", side: "right" as const, value: 33 },
        { itemKey: "knee-pain-stairs", value: 2 },
        { itemKey: "knee-pain-squat", value: 2 },
        { itemKey: "knee-pain-rest", value: 0 },
      ],
    };
    const first = await caller.progress.submitAssessment({ programSlug, result });
    const again = await caller.progress.submitAssessment({ programSlug, result });
    expect([first.alreadyRecorded, again.alreadyRecorded]).toEqual([false, true]);
    const overview = await caller.progress.overview({ programSlug });
    const left =
      overview.enrolled && overview.retest.items.find((item) => item.label.includes("(left)"));
    expect(left).toMatchObject({ baseline: 20, latest: 31, higherIsBetter: true });
  });
});

describe("access and ownership", () => {
  it("refuses anonymous visitors and customers without access, on every progress procedure", async () => {
    const outsider = await createTestUser(db);
    await grantAccess(db, await createTestUser(db));
    const template = kneePainSolution.sessions[0];
    if (!template) throw new Error("the seed has no sessions");
    const cases = [
      { caller: customerCaller(db, null), code: "UNAUTHORIZED" },
      { caller: customerCaller(db, outsider), code: "FORBIDDEN" },
    ] as const;
    for (const { caller, code } of cases) {
      const log = buildLog({
        phase: { key: "restore" },
        session: { key: "restore-a" },
        template,
        exercises: kneePainSolution.exercises,
      });
      const calls = [
        () => caller.progress.dashboard({ programSlug }),
        () => caller.progress.sessionPlan({ programSlug }),
        () => caller.progress.overview({ programSlug }),
        () => caller.progress.completeSession({ programSlug, log }),
        () => caller.progress.submitAssessment({ programSlug, result: baselineInput() }),
        () => caller.enrollment.setup({ programSlug }),
        () => caller.enrollment.start({ programSlug, answers: {}, baseline: baselineInput() }),
      ];
      for (const call of calls) await expect(call()).rejects.toMatchObject({ code });
    }
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.userId, outsider.id))).toEqual(
      [],
    );
    await expect(customerCaller(db, null).progress.overview({ programSlug })).rejects.toMatchObject(
      {
        code: "UNAUTHORIZED",
      },
    );
  });

  it("answers NOT_FOUND for a program that does not exist", async () => {
    const user = await createTestUser(db);
    await expect(
      customerCaller(db, user).progress.dashboard({ programSlug: "no-such-program" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("never shows or changes one customer's logs through another customer's calls", async () => {
    const [alice, bob] = [await createTestUser(db), await createTestUser(db)];
    await enrol(db, alice);
    await enrol(db, bob);
    const aliceCaller = customerCaller(db, alice);
    const bobCaller = customerCaller(db, bob);
    const alicePlan = await aliceCaller.progress.sessionPlan({ programSlug });
    const aliceLog = buildLog(alicePlan, { note: "alice private note" });
    await aliceCaller.progress.completeSession({ programSlug, log: aliceLog });

    // Bob replays Alice's client id: it becomes Bob's own log; Alice's stays untouched.
    const replay = await bobCaller.progress.completeSession({
      programSlug,
      log: { ...aliceLog, note: "bob" },
    });
    expect(replay.alreadyRecorded).toBe(false);
    const bobOverview = await bobCaller.progress.overview({ programSlug });
    expect(bobOverview.enrolled && bobOverview.history.map((row) => row.note)).toEqual(["bob"]);
    const aliceOverview = await aliceCaller.progress.overview({ programSlug });
    expect(aliceOverview.enrolled && aliceOverview.history.map((row) => row.note)).toEqual([
      "alice private note",
    ]);
  });
});

describe("device clock skew", () => {
  it("counts a session whose device clock ran ahead, as ending now", async () => {
    const user = await createTestUser(db);
    await enrol(db, user);
    const caller = customerCaller(db, user);
    const plan = await caller.progress.sessionPlan({ programSlug });
    const ahead = new Date(Date.now() + 30 * 60_000);
    await caller.progress.completeSession({
      programSlug,
      log: buildLog(plan, {
        startedAt: new Date(ahead.getTime() - 600_000).toISOString(),
        endedAt: ahead.toISOString(),
      }),
    });
    const [row] = await db.select().from(sessionLogs).where(eq(sessionLogs.userId, user.id));
    expect(row?.endedAt.getTime()).toBeLessThanOrEqual(Date.now());
    const dashboard = await caller.progress.dashboard({ programSlug });
    expect(dashboard.enrolled && dashboard.evaluation.criteria[0]?.label).toBe("1 of 6 sessions");
  });
});
