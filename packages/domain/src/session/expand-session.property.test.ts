import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Prescription } from "../schemas/prescription";
import type { Step } from "./step";
import { prescriptionSchema } from "../schemas/prescription";
import { library, prescriptionBodyArb, programArb } from "../testing/arbitraries";
import { validateProgram } from "../validation/validate-program";
import { expandSession } from "./expand-session";

const choiceArb = fc.record(
  {
    sets: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.double()),
    reps: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double()),
    holdSeconds: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double()),
  },
  { requiredKeys: [] },
);

function timedSeconds(step: Step): number | undefined {
  return step.kind === "hold" || step.kind === "rest" || step.kind === "get-ready"
    ? step.seconds
    : undefined;
}

function expectedWorkSteps(prescription: Prescription, sets: number, reps: number | null): number {
  const sides = prescription.sides === "both" ? 2 : 1;
  const positions = Math.max(1, prescription.positions.length);
  const directions = Math.max(1, prescription.directions.length);
  const perPlace = prescription.holdSeconds === null ? directions : (reps ?? 1) * directions;
  return sides * sets * positions * perPlace;
}

describe("expandSession properties", () => {
  it("generated prescriptions are valid per the schema", () => {
    fc.assert(
      fc.property(prescriptionBodyArb, (body) => {
        expect(prescriptionSchema.safeParse({ ...body, id: "p" }).success).toBe(true);
      }),
    );
  });

  it("never produces a zero, negative or non-integer hold, rest or countdown, whatever the choices", () => {
    fc.assert(
      fc.property(prescriptionBodyArb, choiceArb, (body, choice) => {
        const prescription = { ...body, id: "p" };
        const { steps } = expandSession(
          { key: "s", title: "S", prescriptions: [prescription] },
          library,
          { p: choice },
        );
        for (const step of steps) {
          const seconds = timedSeconds(step);
          if (seconds !== undefined) {
            expect(seconds).toBeGreaterThan(0);
            expect(Number.isInteger(seconds)).toBe(true);
          }
          expect(step.estimatedSeconds).toBeGreaterThan(0);
          if (step.kind === "hold" && prescription.holdSeconds) {
            expect(step.seconds).toBeGreaterThanOrEqual(prescription.holdSeconds.min);
            expect(step.seconds).toBeLessThanOrEqual(prescription.holdSeconds.max);
          }
          if (step.kind === "reps") expect(step.count).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("at the low end, produces exactly sides × sets × positions × reps × directions work steps", () => {
    fc.assert(
      fc.property(prescriptionBodyArb, (body) => {
        const prescription = { ...body, id: "p" };
        const { steps } = expandSession(
          { key: "s", title: "S", prescriptions: [prescription] },
          library,
        );
        const work = steps.filter((step) => step.kind === "hold" || step.kind === "reps");
        expect(work).toHaveLength(
          expectedWorkSteps(prescription, prescription.sets.min, prescription.reps?.min ?? null),
        );
      }),
    );
  });

  it("every session of a valid program expands, and its estimate is the sum of its steps", () => {
    fc.assert(
      fc.property(programArb, (program) => {
        const result = validateProgram(program);
        expect(result.ok ? [] : result.problems).toEqual([]);
        for (const session of program.sessions) {
          const expanded = expandSession(session, program.exercises);
          const ids = new Set(session.prescriptions.map((prescription) => prescription.id));
          expect(expanded.steps.every((step) => ids.has(step.prescriptionId))).toBe(true);
          expect(expanded.estimatedSeconds).toBe(
            expanded.steps.reduce((total, step) => total + step.estimatedSeconds, 0),
          );
          expect(expanded.estimatedMinutes).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 50 },
    );
  });
});
