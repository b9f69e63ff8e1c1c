import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { PhaseSessionRecord } from "./evaluate-phase";
import { makePhase } from "../testing/fixtures";
import { adviseNext } from "./advise-next";
import { evaluatePhase } from "./evaluate-phase";

const DAY_MS = 24 * 60 * 60 * 1000;
const start = new Date("2025-01-01T00:00:00Z");

const ruleArb = fc
  .record({
    minSessions: fc.integer({ min: 1, max: 12 }),
    minDays: fc.integer({ min: 0, max: 30 }),
    painLimit: fc.integer({ min: 0, max: 10 }),
    windowShare: fc.double({ min: 0, max: 1, noNaN: true }),
    retest: fc.boolean(),
  })
  .map(({ minSessions, minDays, painLimit, windowShare, retest }) => ({
    minSessions,
    minDays,
    maxAveragePain: {
      value: painLimit,
      overLastSessions: Math.max(1, Math.ceil(minSessions * windowShare)),
    },
    ...(retest ? { retestRequired: "check" } : {}),
  }));

const sessionsArb: fc.Arbitrary<PhaseSessionRecord[]> = fc.array(
  fc.record({
    completedAt: fc
      .integer({ min: 0, max: 60 * DAY_MS })
      .map((ms) => new Date(start.getTime() + ms)),
    painDuring: fc.integer({ min: 0, max: 10 }),
    outcome: fc.constantFrom("completed" as const, "stopped-early" as const),
  }),
  { maxLength: 20 },
);

const painArb = fc.integer({ min: 0, max: 10 });

describe("evaluatePhase properties", () => {
  it("unlocks exactly when every criterion is met, and gives a reason otherwise", () => {
    fc.assert(
      fc.property(
        ruleArb,
        sessionsArb,
        fc.boolean(),
        fc.integer({ min: 0, max: 90 }),
        (rule, sessions, retaken, nowDay) => {
          const result = evaluatePhase(makePhase("p", { unlockRule: rule }), {
            phaseStartedAt: start,
            sessions,
            assessmentResults: retaken ? [{ assessmentKey: "check", takenAt: start }] : [],
            now: new Date(start.getTime() + nowDay * DAY_MS),
          });
          expect(result.unlocked).toBe(result.criteria.every((criterion) => criterion.met));
          expect(result.unlocked).toBe(result.reasons.length === 0);
          if (result.unlocksAt)
            expect(result.unlocksAt.getTime()).toBeGreaterThan(start.getTime() + nowDay * DAY_MS);
        },
      ),
    );
  });

  it("once unlocked, stays unlocked as time passes with nothing else changing", () => {
    fc.assert(
      fc.property(
        ruleArb,
        sessionsArb,
        fc.integer({ min: 0, max: 30 }),
        (rule, sessions, extraDays) => {
          const phase = makePhase("p", { unlockRule: rule });
          const base = {
            phaseStartedAt: start,
            sessions,
            assessmentResults: [{ assessmentKey: "check", takenAt: start }],
          };
          const later = (days: number) => new Date(start.getTime() + days * DAY_MS);
          const atSixty = evaluatePhase(phase, { ...base, now: later(60) });
          const afterwards = evaluatePhase(phase, { ...base, now: later(60 + extraDays) });
          if (atSixty.unlocked) expect(afterwards.unlocked).toBe(true);
        },
      ),
    );
  });
});

describe("adviseNext properties", () => {
  const sessionArb = fc.record({
    painBefore: painArb,
    painDuring: painArb,
    painAfter: painArb,
    painNextDay: fc.option(painArb, { nil: undefined }),
  });

  it("always says stop when any pain in the latest session reaches 8", () => {
    fc.assert(
      fc.property(sessionArb, (pain) => {
        const peak = Math.max(pain.painDuring, pain.painAfter, pain.painNextDay ?? 0);
        const advice = adviseNext([{ ...pain, completedAt: start }]);
        if (peak >= 8) expect(advice.verdict).toBe("stop");
      }),
    );
  });

  it("never says progress when pain during was above 3 or the knee ended worse", () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { minLength: 1, maxLength: 5 }), (pains) => {
        const logs = pains.map((pain, index) => ({
          ...pain,
          completedAt: new Date(start.getTime() + index * DAY_MS),
        }));
        const latest = logs.at(-1);
        const advice = adviseNext(logs);
        if (latest && advice.verdict === "progress") {
          expect(latest.painDuring).toBeLessThanOrEqual(3);
          expect(latest.painAfter).toBeLessThanOrEqual(latest.painBefore);
        }
      }),
    );
  });
});
