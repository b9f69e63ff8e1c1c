import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { kneePainSolution } from "../programs/knee-pain-solution";
import { makePhase } from "../testing/fixtures";
import { nextPhaseKey } from "./next-phase-key";

describe("nextPhaseKey", () => {
  it("walks the Knee Pain Solution phases in order and stops after the last", () => {
    expect(nextPhaseKey(kneePainSolution, "restore")).toBe("strengthen");
    expect(nextPhaseKey(kneePainSolution, "strengthen")).toBe("integrate");
    expect(nextPhaseKey(kneePainSolution, "integrate")).toBe("maintain");
    expect(nextPhaseKey(kneePainSolution, "maintain")).toBeNull();
    expect(nextPhaseKey(kneePainSolution, "no-such-phase")).toBeNull();
  });

  it("property: always returns the immediate successor, so no phase is ever skipped", () => {
    const keys = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(keys, (phaseKeys) => {
        const program = { phases: phaseKeys.map((key) => makePhase(key)) };
        // Following the chain from the first phase visits every phase exactly once, in order.
        const visited: string[] = [];
        let current: string | null = phaseKeys[0] ?? null;
        while (current !== null && visited.length <= phaseKeys.length) {
          visited.push(current);
          current = nextPhaseKey(program, current);
        }
        expect(visited).toEqual(phaseKeys);
      }),
    );
  });
});
