import { describe, expect, it } from "vitest";

import type { SessionLogInput } from "../schemas/session-log-input";
import { summarizeSessionPain } from "./summarize-session-pain";

const entry = { setsDone: 2, difficulty: 3, side: "left" } as const;

function log(
  entries: SessionLogInput["entries"],
  outcome: SessionLogInput["outcome"] = "completed",
): SessionLogInput {
  return {
    clientId: "5f0c8a52-3f4e-4b7a-9c1d-2e6f8a9b0c1d",
    phaseKey: "restore",
    sessionKey: "restore-a",
    startedAt: "2025-03-01T08:00:00.000Z",
    endedAt: "2025-03-01T08:14:00.000Z",
    outcome,
    entries,
  };
}

describe("summarizeSessionPain", () => {
  it("takes pain on arrival from the first exercise and the worst pain during and after", () => {
    const summary = summarizeSessionPain(
      log([
        { ...entry, prescriptionId: "a", painBefore: 2, painDuring: 3, painAfter: 2 },
        {
          ...entry,
          prescriptionId: "b",
          painBefore: 4,
          painDuring: 6,
          painAfter: 5,
          sharpPain: true,
        },
        { ...entry, prescriptionId: "c", painBefore: 3, painDuring: 1, painAfter: 1 },
      ]),
    );
    expect(summary).toEqual({
      completedAt: new Date("2025-03-01T08:14:00.000Z"),
      painBefore: 2,
      painDuring: 6,
      painAfter: 5,
      sharpPain: true,
      stoppedEarly: false,
    });
  });

  it("has nothing to judge for a session stopped before any exercise was recorded", () => {
    expect(summarizeSessionPain(log([], "stopped-early"))).toBeNull();
  });
});
