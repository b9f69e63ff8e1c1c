/**
 * A validation problem pinned to a field, so an editor can show the message next to the input
 * that caused it.
 */
import type { z } from "zod";

export type ProblemPath = (string | number)[];

export interface Problem {
  path: ProblemPath;
  message: string;
}

/** Zod paths may hold symbols in theory; editors only understand strings and indexes. */
export function toProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment))),
    message: issue.message,
  }));
}
