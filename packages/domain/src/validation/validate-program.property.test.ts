import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { kneePainSolution } from "../programs/knee-pain-solution";
import { validateProgram } from "./validate-program";

type Path = (string | number)[];

/** Every path into a JSON value, so a mutation can land anywhere in the document. */
function collectPaths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [
      [...prefix, index],
      ...collectPaths(item, [...prefix, index]),
    ]);
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...collectPaths(item, [...prefix, key]),
    ]);
  }
  return [];
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1))
    parent = (parent as Record<string | number, unknown>)[segment];
  const last = path.at(-1);
  if (last !== undefined) (parent as Record<string | number, unknown>)[last] = replacement;
  return copy;
}

/** True when every segment but the last names an existing object or array in `root`. */
function parentExists(root: unknown, path: Path): boolean {
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return path.length === 0 || (typeof node === "object" && node !== null);
}

const seedPaths = collectPaths(kneePainSolution);

describe("validateProgram properties", () => {
  it("never throws on arbitrary JSON and always explains a rejection", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateProgram(value);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it("never throws on arbitrary values, including non-JSON ones", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => validateProgram(value)).not.toThrow();
      }),
    );
  });

  it("never throws when any single field of a real program is replaced, and paths stay in the document", () => {
    fc.assert(
      fc.property(fc.constantFrom(...seedPaths), fc.jsonValue(), (path, replacement) => {
        const mutated = setAt(kneePainSolution, path, replacement);
        const result = validateProgram(mutated);
        if (result.ok) return;
        for (const problem of result.problems) {
          expect(problem.message.length).toBeGreaterThan(0);
          expect(parentExists(mutated, problem.path), problem.path.join(".")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
