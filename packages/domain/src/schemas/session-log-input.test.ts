import { describe, expect, it } from "vitest";

import type { SessionLogInput } from "./session-log-input";
import { makeSessionLog } from "../testing/fixtures";
import { sessionLogInputSchema } from "./session-log-input";

function issuePaths(value: unknown): string[] {
  const result = sessionLogInputSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("sessionLogInputSchema", () => {
  it("accepts a completed session with per-side entries", () => {
    expect(sessionLogInputSchema.safeParse(makeSessionLog()).success).toBe(true);
  });

  it("requires a UUID client id so retries can be recognised", () => {
    expect(issuePaths({ ...makeSessionLog(), clientId: "retry-1" })).toEqual(["clientId"]);
  });

  it("requires pain before, during and after, and difficulty, once for the session", () => {
    const log: Partial<SessionLogInput> = makeSessionLog();
    delete log.painBefore;
    delete log.painDuring;
    delete log.painAfter;
    delete log.difficulty;
    expect(issuePaths(log)).toEqual(["painBefore", "painDuring", "painAfter", "difficulty"]);
  });

  it("rejects pain outside 0–10, fractional pain, and difficulty outside 1–5", () => {
    expect(
      issuePaths({
        ...makeSessionLog(),
        painBefore: -1,
        painDuring: 11,
        painAfter: 2.5,
        difficulty: 0,
      }),
    ).toEqual(["painBefore", "painDuring", "painAfter", "difficulty"]);
    expect(issuePaths({ ...makeSessionLog(), difficulty: 6 })).toEqual(["difficulty"]);
  });

  it("treats a missing sharp-pain answer as no sharp pain", () => {
    const log: Partial<SessionLogInput> = makeSessionLog();
    delete log.sharpPain;
    expect(sessionLogInputSchema.parse(log).sharpPain).toBe(false);
    expect(sessionLogInputSchema.parse({ ...log, sharpPain: true }).sharpPain).toBe(true);
  });

  it("limits the note to 1000 characters, trimmed", () => {
    expect(issuePaths({ ...makeSessionLog(), note: "x".repeat(1001) })).toEqual(["note"]);
    expect(issuePaths({ ...makeSessionLog(), note: "x".repeat(1000) })).toEqual([]);
    expect(sessionLogInputSchema.parse({ ...makeSessionLog(), note: "  sore  " }).note).toBe(
      "sore",
    );
  });

  it("no longer takes pain, difficulty or notes on an exercise entry", () => {
    const log = makeSessionLog();
    const entries = log.entries.map((entry) => ({ ...entry, painDuring: 3, note: "ok" }));
    expect(issuePaths({ ...log, entries })).toEqual(["entries.0"]);
  });

  it("rejects a session that ends before it starts", () => {
    expect(issuePaths({ ...makeSessionLog(), endedAt: "2025-03-01T07:59:00.000Z" })).toEqual([
      "endedAt",
    ]);
  });

  it("needs entries for a completed session but not for one stopped at once", () => {
    expect(issuePaths({ ...makeSessionLog(), entries: [] })).toEqual(["entries"]);
    expect(issuePaths({ ...makeSessionLog(), entries: [], outcome: "stopped-early" })).toEqual([]);
  });

  it("rejects the same exercise and side recorded twice", () => {
    const log = makeSessionLog();
    log.entries = [...log.entries, ...log.entries];
    expect(issuePaths(log)).toEqual(["entries.1.side"]);
  });
});
