import { describe, expect, it } from "vitest";

import type { SessionLogInput } from "../schemas/session-log-input";
import { makeSessionLog } from "../testing/fixtures";
import { adviseNext } from "./advise-next";
import { summarizeSessionPain } from "./summarize-session-pain";

function log(overrides: Partial<SessionLogInput> = {}): SessionLogInput {
  return makeSessionLog({
    painBefore: 2,
    painDuring: 6,
    painAfter: 5,
    sharpPain: true,
    entries: [
      { prescriptionId: "restore-a-wipers", side: "none", setsDone: 2 },
      { prescriptionId: "restore-a-axial", side: "left", setsDone: 2, holdSeconds: 5 },
    ],
    ...overrides,
  });
}

describe("summarizeSessionPain", () => {
  it("takes pain on arrival, pain during and pain after as reported for the session", () => {
    expect(summarizeSessionPain(log())).toEqual({
      completedAt: new Date("2025-03-01T08:14:00.000Z"),
      painBefore: 2,
      painDuring: 6,
      painAfter: 5,
      sharpPain: true,
      stoppedEarly: false,
    });
  });

  it("still summarises a session stopped before the first exercise, so its pain is judged", () => {
    const summary = summarizeSessionPain(
      log({ outcome: "stopped-early", entries: [], painDuring: 8, sharpPain: false }),
    );
    expect(summary).toMatchObject({ painDuring: 8, sharpPain: false, stoppedEarly: true });
    expect(adviseNext([summary]).verdict).toBe("stop");
  });
});
