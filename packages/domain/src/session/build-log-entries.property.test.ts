import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { sessionLogInputSchema } from "../schemas/session-log-input";
import { library, programArb } from "../testing/arbitraries";
import { makeSessionLog } from "../testing/fixtures";
import { checkSessionLog } from "../validation/check-session-log";
import { buildLogEntriesFromSteps } from "./build-log-entries";
import { expandSession } from "./expand-session";

/** A valid program, the first session of its first phase, and that session's steps. */
const playedArb = programArb.chain((program) => {
  const phase = program.phases[0];
  const sessionKey = phase?.sessionKeys[0];
  const template = program.sessions.find((session) => session.key === sessionKey);
  if (phase === undefined || template === undefined) throw new Error("programArb gives both");
  const { steps } = expandSession(template, library);
  return fc.record({
    program: fc.constant(program),
    phaseKey: fc.constant(phase.key),
    template: fc.constant(template),
    steps: fc.constant(steps),
    count: fc.integer({ min: 0, max: steps.length }),
  });
});

describe("buildLogEntriesFromSteps properties", () => {
  it("builds entries the schema and the program accept, wherever the session stopped", () => {
    fc.assert(
      fc.property(playedArb, ({ program, phaseKey, template, steps, count }) => {
        const log = makeSessionLog({
          phaseKey,
          sessionKey: template.key,
          outcome: count === steps.length ? "completed" : "stopped-early",
          entries: buildLogEntriesFromSteps(steps, count),
        });
        expect(sessionLogInputSchema.safeParse(log).success).toBe(true);
        expect(checkSessionLog(program, log)).toEqual([]);
      }),
    );
  });

  it("never records less after more steps, nor more sets than the timeline has", () => {
    fc.assert(
      fc.property(playedArb, ({ steps, count }) => {
        const before = buildLogEntriesFromSteps(steps, count);
        const after = buildLogEntriesFromSteps(steps, count + 1);
        expect(after.slice(0, before.length).map((e) => [e.prescriptionId, e.side])).toEqual(
          before.map((e) => [e.prescriptionId, e.side]),
        );
        before.forEach((entry, index) => {
          const later = after[index];
          expect(later?.setsDone).toBeGreaterThanOrEqual(entry.setsDone);
          expect(entry.setsDone).toBeGreaterThanOrEqual(1);
          const setTotals = steps.flatMap((step) =>
            (step.kind === "hold" || step.kind === "reps") &&
            step.prescriptionId === entry.prescriptionId
              ? [step.setTotal]
              : [],
          );
          expect(entry.setsDone).toBeLessThanOrEqual(Math.max(...setTotals));
        });
      }),
    );
  });

  it("records every prescription and side once a session is completed", () => {
    fc.assert(
      fc.property(playedArb, ({ template, steps }) => {
        const entries = buildLogEntriesFromSteps(steps, steps.length);
        const expected = template.prescriptions.flatMap((prescription) =>
          prescription.sides === "both"
            ? [`${prescription.id}/left`, `${prescription.id}/right`]
            : [`${prescription.id}/${prescription.sides}`],
        );
        expect(entries.map((entry) => `${entry.prescriptionId}/${entry.side}`)).toEqual(expected);
      }),
    );
  });
});
