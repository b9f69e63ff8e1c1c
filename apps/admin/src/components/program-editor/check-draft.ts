/**
 * The editor's validation: the domain's `validateProgram` (the same function the server runs on
 * save and publish) plus the server's one extra rule, that the slug never changes. Problems are
 * indexed by path so each field finds its messages in constant time.
 */
import type { Problem, ProgramDocument } from "@phasewise/domain";
import { validateProgram } from "@phasewise/domain";

import type { Path } from "~/lib/paths";
import { pathKey } from "~/lib/paths";

export function checkDraft(doc: ProgramDocument, slug: string): Problem[] {
  const result = validateProgram(doc);
  return [
    ...(result.ok ? [] : result.problems),
    ...(doc.slug === slug
      ? []
      : [{ path: ["slug"], message: `The slug is fixed once a program exists: keep "${slug}"` }]),
  ];
}

export interface ProblemIndex {
  at: (path: Path) => string[];
  countUnder: (path: Path) => number;
  listUnder: (path: Path) => Problem[];
}

const none: string[] = [];

export function indexProblems(problems: readonly Problem[]): ProblemIndex {
  const exact = new Map<string, string[]>();
  const under = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = pathKey(problem.path);
    exact.set(key, [...(exact.get(key) ?? []), problem.message]);
    for (let length = 0; length <= problem.path.length; length++) {
      const prefix = pathKey(problem.path.slice(0, length));
      under.set(prefix, [...(under.get(prefix) ?? []), problem]);
    }
  }
  return {
    at: (path) => exact.get(pathKey(path)) ?? none,
    countUnder: (path) => under.get(pathKey(path))?.length ?? 0,
    listUnder: (path) => under.get(pathKey(path)) ?? [],
  };
}
