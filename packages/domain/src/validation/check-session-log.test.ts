import { describe, expect, it } from "vitest";

import type { SessionLogInput } from "../schemas/session-log-input";
import { kneePainSolution } from "../programs/knee-pain-solution";
import { makeSessionLog } from "../testing/fixtures";
import { checkSessionLog } from "./check-session-log";

const entry = { setsDone: 2 } as const;

function log(overrides: Partial<SessionLogInput>): SessionLogInput {
  return makeSessionLog({
    entries: [
      { ...entry, prescriptionId: "restore-a-axial", side: "left" },
      { ...entry, prescriptionId: "restore-a-axial", side: "right" },
      { ...entry, prescriptionId: "restore-a-wipers", side: "none" },
    ],
    ...overrides,
  });
}

describe("checkSessionLog", () => {
  it("accepts entries that match the session's prescriptions and sides", () => {
    expect(checkSessionLog(kneePainSolution, log({}))).toEqual([]);
  });

  it("accepts a session stopped before the first exercise: only its pain is recorded", () => {
    const stopped = log({ outcome: "stopped-early", entries: [], painDuring: 7 });
    expect(checkSessionLog(kneePainSolution, stopped)).toEqual([]);
  });

  it("rejects a session that does not belong to the phase", () => {
    expect(checkSessionLog(kneePainSolution, log({ sessionKey: "maintain-a" }))).toEqual([
      { path: ["sessionKey"], message: 'Session "maintain-a" is not part of this phase' },
    ]);
    expect(checkSessionLog(kneePainSolution, log({ phaseKey: "nope" }))[0]?.path).toEqual([
      "phaseKey",
    ]);
  });

  it("points at entries from another session or on a side the exercise does not have", () => {
    const problems = checkSessionLog(
      kneePainSolution,
      log({
        entries: [
          { ...entry, prescriptionId: "maintain-a-band", side: "left" },
          { ...entry, prescriptionId: "restore-a-wipers", side: "left" },
        ],
      }),
    );
    expect(problems).toEqual([
      {
        path: ["entries", 0, "prescriptionId"],
        message: '"maintain-a-band" is not in session "restore-a"',
      },
      { path: ["entries", 1, "side"], message: 'Expected side "none"' },
    ]);
  });
});
