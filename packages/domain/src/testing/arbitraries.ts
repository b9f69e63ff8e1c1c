/**
 * fast-check generators for valid content: prescriptions, session templates and whole programs
 * built from the test fixtures. Used by the property tests; not exported from the package.
 */
import fc from "fast-check";

import type { Prescription } from "../schemas/prescription";
import type { Range } from "../schemas/primitives";
import type { ProgramDocument } from "../schemas/program-document";
import type { SessionTemplate } from "../schemas/session-template";
import { makeExercise, makePhase, makeProgram } from "./fixtures";

export const librarySlugs = ["ex-a", "ex-b", "ex-c"] as const;
export const library = librarySlugs.map((slug) => makeExercise(slug));

export function rangeArb(low: number, high: number): fc.Arbitrary<Range> {
  return fc
    .tuple(fc.integer({ min: low, max: high }), fc.integer({ min: low, max: high }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
}

function labelledArb(prefix: string, maxLength: number) {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength })
    .map((numbers) => numbers.map((n) => ({ key: `${prefix}-${n}`, label: `${prefix} ${n}` })));
}

/** A prescription without its id; ids are assigned by position so they stay unique. */
export const prescriptionBodyArb: fc.Arbitrary<Omit<Prescription, "id">> = fc
  .record({
    exerciseSlug: fc.constantFrom(...librarySlugs),
    sides: fc.constantFrom("both", "left", "right", "none"),
    sets: rangeArb(1, 5),
    setLabel: fc.constantFrom("set", "cycle"),
    reps: fc.option(rangeArb(1, 12), { nil: null }),
    holdSeconds: fc.option(rangeArb(1, 60), { nil: null }),
    positions: labelledArb("position", 4),
    directions: labelledArb("direction", 3),
    restSeconds: fc.integer({ min: 0, max: 120 }),
  })
  .filter((body) => body.reps !== null || body.holdSeconds !== null);

export function sessionArb(key: string): fc.Arbitrary<SessionTemplate> {
  return fc.array(prescriptionBodyArb, { minLength: 1, maxLength: 4 }).map((bodies) => ({
    key,
    title: `Session ${key}`,
    prescriptions: bodies.map((body, index) => ({ ...body, id: `${key}-p${index}` })),
  }));
}

/** A program that satisfies every rule `validateProgram` checks. */
export const programArb: fc.Arbitrary<ProgramDocument> = fc
  .integer({ min: 1, max: 3 })
  .chain((sessionCount) => {
    const keys = Array.from({ length: sessionCount }, (_, index) => `session-${index}`);
    const phaseArb = fc.subarray(keys, { minLength: 1 });
    return fc.tuple(
      fc.tuple(...keys.map((key) => sessionArb(key))),
      fc.array(phaseArb, { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 1, max: 10 }),
    );
  })
  .map(([sessions, phaseSessionKeys, minSessions]) => {
    const base = makeProgram();
    return {
      ...base,
      exercises: library,
      equipment: [],
      sessions,
      phases: phaseSessionKeys.map((sessionKeys, index) =>
        makePhase(`phase-${index}`, {
          sessionKeys,
          unlockRule:
            index === phaseSessionKeys.length - 1
              ? undefined
              : { minSessions, minDays: 7, retestRequired: base.baselineAssessmentKey },
        }),
      ),
    };
  });
