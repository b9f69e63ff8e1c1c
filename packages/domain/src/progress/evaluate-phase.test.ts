import { describe, expect, it } from "vitest";

import type { PhaseSessionRecord } from "./evaluate-phase";
import { makePhase } from "../testing/fixtures";
import { evaluatePhase } from "./evaluate-phase";

const start = new Date("2025-03-01T08:00:00Z");
const day = (n: number, hour = 8) => new Date(Date.UTC(2025, 2, 1 + n, hour));

const phase = makePhase("restore", {
  unlockRule: {
    minSessions: 6,
    minDays: 14,
    maxAveragePain: { value: 3, overLastSessions: 3 },
    retestRequired: "hip-knee-check",
  },
});

function sessionsWithPain(...pains: number[]): PhaseSessionRecord[] {
  return pains.map((painDuring, index) => ({ completedAt: day(index * 2 + 1), painDuring }));
}

const retest = [{ assessmentKey: "hip-knee-check", takenAt: day(13) }];
const assessments = [{ key: "hip-knee-check", title: "Hip and knee check-in" }];

describe("evaluatePhase", () => {
  it("lists every remaining criterion with counts and plain-words reasons", () => {
    const result = evaluatePhase(phase, {
      phaseStartedAt: start,
      sessions: sessionsWithPain(2, 3, 1, 2),
      assessmentResults: [],
      now: day(9),
      assessments,
    });
    expect(result.unlocked).toBe(false);
    expect(result.criteria.map((c) => [c.key, c.met, c.label])).toEqual([
      ["sessions", false, "4 of 6 sessions"],
      ["days", false, "9 of 14 days"],
      ["pain", true, "Average pain 2.0/10 over last 3 sessions (target 3/10 or less)"],
      ["retest", false, "Re-test: Hip and knee check-in"],
    ]);
    expect(result.reasons).toEqual([
      "2 more sessions",
      "5 more days",
      "Retake the Hip and knee check-in",
    ]);
    expect(result.unlocksAt).toBeUndefined();
  });

  it("unlocks once sessions, days, calm pain and the re-test are all done", () => {
    const result = evaluatePhase(phase, {
      phaseStartedAt: start,
      sessions: sessionsWithPain(5, 4, 2, 3, 2, 1),
      assessmentResults: retest,
      now: day(14),
    });
    expect(result.unlocked).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.criteria.every((criterion) => criterion.met)).toBe(true);
  });

  it("says when the gate opens if waiting is the only thing left", () => {
    const result = evaluatePhase(phase, {
      phaseStartedAt: start,
      sessions: sessionsWithPain(1, 1, 1, 1, 1, 1),
      assessmentResults: retest,
      now: day(13, 20),
    });
    expect(result.unlocked).toBe(false);
    expect(result.reasons).toEqual(["1 more day"]);
    expect(result.unlocksAt).toEqual(day(14));
  });

  it("holds the gate while recent sessions are painful, even with enough sessions", () => {
    const result = evaluatePhase(phase, {
      phaseStartedAt: start,
      sessions: sessionsWithPain(1, 1, 1, 4, 5, 4),
      assessmentResults: retest,
      now: day(20),
    });
    expect(result.unlocked).toBe(false);
    expect(result.reasons).toEqual([
      "Average pain during your last 3 sessions is 4.3/10; it needs to be 3/10 or less",
    ]);
    expect(result.unlocksAt).toBeUndefined();
  });

  it("does not count sessions stopped early toward the minimum, but does count their pain", () => {
    const sessions: PhaseSessionRecord[] = [
      ...sessionsWithPain(1, 1, 1, 1, 1),
      { completedAt: day(12), painDuring: 8, outcome: "stopped-early" },
    ];
    const result = evaluatePhase(phase, {
      phaseStartedAt: start,
      sessions,
      assessmentResults: retest,
      now: day(15),
    });
    expect(result.criteria.find((c) => c.key === "sessions")?.label).toBe("5 of 6 sessions");
    expect(result.criteria.find((c) => c.key === "pain")?.met).toBe(false);
  });

  it("ignores sessions and re-tests from before the phase started", () => {
    const result = evaluatePhase(phase, {
      phaseStartedAt: day(12),
      sessions: sessionsWithPain(1, 1, 1, 1, 1, 1),
      assessmentResults: [{ assessmentKey: "hip-knee-check", takenAt: day(2) }],
      now: day(30),
    });
    expect(result.reasons).toEqual(["6 more sessions", "Retake the hip-knee-check"]);
  });

  it("reports the final phase as having nothing to unlock", () => {
    const result = evaluatePhase(makePhase("maintain", { unlockRule: undefined }), {
      phaseStartedAt: start,
      sessions: [],
      assessmentResults: [],
      now: day(1),
    });
    expect(result).toMatchObject({ unlocked: false, final: true, criteria: [] });
  });
});
