/**
 * Customers per phase, the funnel, adherence, pain change and the summary on five hand-built
 * customers of a program of their own (so other test files' rows never count). Days are before
 * one `now`; stints are chosen away from the week boundaries the queries round on.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { useTestDb } from "@phasewise/db/testing";

import type { CustomerSpec } from "./analytics-fixture";
import { createAdmin, createProgram } from "../admin-test-helpers";
import { addCustomer, findVersionId } from "./analytics-fixture";

const db = useTestDb();
let admin: Awaited<ReturnType<typeof createAdmin>>["caller"];
let programId: string;

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((from - to) / step) + 1 }, (_, index) => from - index * step);

beforeAll(async () => {
  admin = (await createAdmin(db)).caller;
  const program = await createProgram(db);
  programId = program.programId;
  const target = { programId, versionId: await findVersionId(db, programId) };
  const now = new Date();
  const add = (spec: CustomerSpec) => addCustomer(db, target, spec, now);
  // A: three weeks into restore, 10 sessions (+1 stopped early), active.
  await add({
    enrolledDaysAgo: 21,
    phases: [{ key: "restore", startedDaysAgo: 21 }],
    logs: [
      { phaseKey: "restore", daysAgo: range(20, 2, 2) },
      { phaseKey: "restore", daysAgo: [1], completed: false },
    ],
    checkIns: [
      { phaseKey: null, daysAgo: 21, pain: [6, 6, 3] },
      { phaseKey: "restore", daysAgo: 3, pain: [4, 4, 1] },
    ],
  });
  // B: stopped in strengthen 71 days ago: dropped.
  await add({
    enrolledDaysAgo: 104,
    phases: [
      { key: "restore", startedDaysAgo: 104, completedDaysAgo: 82 },
      { key: "strengthen", startedDaysAgo: 82 },
    ],
    logs: [
      { phaseKey: "restore", daysAgo: [100, 95, 88, 85] },
      { phaseKey: "strengthen", daysAgo: [78, 71] },
    ],
    checkIns: [
      { phaseKey: null, daysAgo: 104, pain: [5, 5, 5] },
      { phaseKey: "restore", daysAgo: 95, pain: [2, 2, 2] },
      { phaseKey: "restore", daysAgo: 85, pain: [6, 6, 6] },
    ],
  });
  // C: in integrate, active.
  await add({
    enrolledDaysAgo: 63,
    phases: [
      { key: "restore", startedDaysAgo: 63, completedDaysAgo: 42 },
      { key: "strengthen", startedDaysAgo: 42, completedDaysAgo: 14 },
      { key: "integrate", startedDaysAgo: 14 },
    ],
    logs: [
      { phaseKey: "restore", daysAgo: range(60, 45, 3) },
      { phaseKey: "strengthen", daysAgo: range(41, 19, 2) },
      { phaseKey: "integrate", daysAgo: [12, 9, 5, 1] },
    ],
    checkIns: [
      { phaseKey: null, daysAgo: 63, pain: [7, 7, 7] },
      { phaseKey: "restore", daysAgo: 45, pain: [6, 6, 6] },
      { phaseKey: "strengthen", daysAgo: 20, pain: [4, 4, 4] },
      { phaseKey: "integrate", daysAgo: 10, pain: [4, 4, 4] },
      { phaseKey: "integrate", daysAgo: 2, pain: [2, 2, 2] },
    ],
  });
  // D: completed the program 10 days ago.
  await add({
    enrolledDaysAgo: 200,
    completedDaysAgo: 10,
    phases: [
      { key: "restore", startedDaysAgo: 200, completedDaysAgo: 170 },
      { key: "strengthen", startedDaysAgo: 170, completedDaysAgo: 120 },
      { key: "integrate", startedDaysAgo: 120, completedDaysAgo: 40 },
      { key: "maintain", startedDaysAgo: 40, completedDaysAgo: 10 },
    ],
    logs: [
      { phaseKey: "integrate", daysAgo: [110, 100, ...range(85, 43, 3)] },
      { phaseKey: "maintain", daysAgo: range(38, 14, 3) },
    ],
    checkIns: [
      { phaseKey: null, daysAgo: 200, pain: [8, 8, 8] },
      { phaseKey: "restore", daysAgo: 175, pain: [1, 1, 1] },
      { phaseKey: "integrate", daysAgo: 50, pain: [3, 3, 3] },
      { phaseKey: "maintain", daysAgo: 15, pain: [1, 1, 1] },
    ],
  });
  // E: enrolled five days ago, nothing done yet.
  await add({
    enrolledDaysAgo: 5,
    phases: [{ key: "restore", startedDaysAgo: 5 }],
    checkIns: [{ phaseKey: null, daysAgo: 5, pain: [3, 3, 3] }],
  });
}, 30_000);

const byKey = <Row extends { key: string }>(rows: Row[]) =>
  Object.fromEntries(rows.map(({ key, ...rest }) => [key, rest]));

describe("admin analytics of one program", () => {
  it("counts customers per current phase, active or not", async () => {
    const result = await admin.analytics.customersPerPhase({ programId });
    expect(result.phases.map((phase) => [phase.key, phase.customers, phase.active])).toEqual([
      ["restore", 2, 2],
      ["strengthen", 1, 0],
      ["integrate", 1, 1],
      ["maintain", 0, 0],
    ]);
    expect(result.completedProgram).toBe(1);
  });

  it("follows the enrolments of the range through the phases", async () => {
    const recent = await admin.analytics.funnel({ programId, days: 90 });
    expect(recent.enrolled).toBe(3);
    expect(recent.completedProgram).toBe(0);
    const all = await admin.analytics.funnel({ programId, days: 365 });
    expect(all.enrolled).toBe(5);
    expect(all.completedProgram).toBe(1);
    const steps = all.phases.map((p) => [p.key, p.reached, p.completed, p.inProgress, p.dropped]);
    expect(steps).toEqual([
      ["restore", 5, 3, 2, 0],
      ["strengthen", 3, 2, 0, 1],
      ["integrate", 2, 1, 1, 0],
      ["maintain", 1, 1, 0, 0],
    ]);
    expect(recent.phases.map((p) => [p.key, p.reached, p.completed, p.inProgress])).toEqual([
      ["restore", 3, 1, 2],
      ["strengthen", 1, 1, 0],
      ["integrate", 1, 0, 1],
      ["maintain", 0, 0, 0],
    ]);
  });

  it("measures sessions per week against each phase's recommendation", async () => {
    const phases = byKey((await admin.analytics.adherence({ programId, days: 90 })).phases);
    const buckets = (key: string) => {
      const phase = phases[key];
      return [phase?.stints, phase?.under50, phase?.from50to99, phase?.atLeast100];
    };
    // restore: A 10 in 3 weeks (111 %), C 6 in 3 weeks (67 %), B 2 in its 8 days in range (58 %).
    expect(buckets("restore")).toEqual([3, 0, 2, 1]);
    expect(phases.restore?.averageSessionsPerWeek).toBeCloseTo((10 / 3 + 2 + 1.75) / 3, 1);
    expect(phases.restore?.averagePercent).toBeCloseTo((111.11 + 66.67 + 58.33) / 3, 0);
    // strengthen: C 12 in 4 weeks (100 %), B 2 in the 18 days up to a week after its last (26 %).
    expect(buckets("strengthen")).toEqual([2, 1, 0, 1]);
    expect(phases.strengthen?.averagePercent).toBeCloseTo((100 + 25.93) / 2, 0);
    // integrate: C 4 in two weeks (67 %), D 15 in its 50 days in range (70 %).
    expect(buckets("integrate")).toEqual([2, 0, 2, 0]);
    expect(phases.integrate?.averageSessionsPerWeek).toBeCloseTo((2 + 2.1) / 2, 1);
    // maintain: D 9 in 30 days against 2 a week (105 %).
    expect(buckets("maintain")).toEqual([1, 0, 0, 1]);
    expect(phases.maintain?.averagePercent).toBeCloseTo(105, 0);
    expect(phases.maintain?.recommendedPerWeek).toBe(2);
  });

  it("compares knee pain at each phase's latest re-test with the baseline", async () => {
    const phases = byKey((await admin.analytics.painChange({ programId, days: 90 })).phases);
    const figures = (key: string) => {
      const p = phases[key];
      return [p?.customers, p?.averageBaseline, p?.averageLatest, p?.medianChange, p?.improved];
    };
    // restore: A 5 → 3, B 5 → 6 (its re-test 95 days ago is out of range), C 7 → 6.
    expect(figures("restore")).toEqual([3, 5.67, 5, -1, 2]);
    expect(phases.restore?.averageChange).toBeCloseTo(-2 / 3, 2);
    expect(figures("strengthen")).toEqual([1, 7, 4, -3, 1]);
    expect(figures("integrate")).toEqual([2, 7.5, 2.5, -5, 2]);
    expect(figures("maintain")).toEqual([1, 8, 1, -7, 1]);
  });

  it("sums up the program", async () => {
    expect(await admin.analytics.summary({ programId })).toMatchObject({
      enrolled: 5,
      activeCustomers: 3,
      completedProgram: 1,
      // Latest re-test against baseline: A −2, B +1, C −5, D −7.
      averagePainChange: -3.25,
      painSample: 4,
    });
  });

  it("says when the program does not exist", async () => {
    await expect(
      admin.analytics.funnel({ programId: crypto.randomUUID(), days: 30 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(admin.analytics.adherence({ programId, days: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
