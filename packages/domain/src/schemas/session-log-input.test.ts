import { describe, expect, it } from "vitest";

import type { SessionLogInput } from "./session-log-input";
import { sessionLogInputSchema } from "./session-log-input";

function validLog(): SessionLogInput {
  return {
    clientId: "5f0c8a52-3f4e-4b7a-9c1d-2e6f8a9b0c1d",
    phaseKey: "restore",
    sessionKey: "restore-a",
    startedAt: "2025-03-01T08:00:00.000Z",
    endedAt: "2025-03-01T08:14:00.000Z",
    outcome: "completed",
    entries: [
      {
        prescriptionId: "restore-a-axial",
        side: "left",
        setsDone: 2,
        holdSeconds: 6,
        painBefore: 2,
        painDuring: 3,
        painAfter: 2,
        difficulty: 3,
      },
    ],
  };
}

function issuePaths(value: unknown): string[] {
  const result = sessionLogInputSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("sessionLogInputSchema", () => {
  it("accepts a completed session with per-side entries", () => {
    expect(sessionLogInputSchema.safeParse(validLog()).success).toBe(true);
  });

  it("requires a UUID client id so retries can be recognised", () => {
    expect(issuePaths({ ...validLog(), clientId: "retry-1" })).toEqual(["clientId"]);
  });

  it("rejects pain outside 0–10, fractional pain, and difficulty outside 1–5", () => {
    const log = validLog();
    const [entry] = log.entries;
    if (!entry) throw new Error("fixture has an entry");
    log.entries = [{ ...entry, painDuring: 11, painAfter: 2.5, difficulty: 0 }];
    expect(issuePaths(log)).toEqual([
      "entries.0.painDuring",
      "entries.0.painAfter",
      "entries.0.difficulty",
    ]);
  });

  it("limits notes to 1000 characters", () => {
    const log = validLog();
    const [entry] = log.entries;
    if (!entry) throw new Error("fixture has an entry");
    log.entries = [{ ...entry, note: "x".repeat(1001) }];
    expect(issuePaths(log)).toEqual(["entries.0.note"]);
    log.entries = [{ ...entry, note: "x".repeat(1000) }];
    expect(issuePaths(log)).toEqual([]);
  });

  it("rejects a session that ends before it starts", () => {
    expect(issuePaths({ ...validLog(), endedAt: "2025-03-01T07:59:00.000Z" })).toEqual(["endedAt"]);
  });

  it("needs entries for a completed session but not for one stopped at once", () => {
    expect(issuePaths({ ...validLog(), entries: [] })).toEqual(["entries"]);
    expect(issuePaths({ ...validLog(), entries: [], outcome: "stopped-early" })).toEqual([]);
  });

  it("rejects the same exercise and side recorded twice", () => {
    const log = validLog();
    log.entries = [...log.entries, ...log.entries];
    expect(issuePaths(log)).toEqual(["entries.1.side"]);
  });
});
