/** New session logs for today's calls, and picking among the seeded customers. */
import { kneePainSolution } from "@phasewise/domain";

import { createLogPlanner } from "../seed/build-session-logs";

export const programSlug = kneePainSolution.slug;

export function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error("Nothing to pick from");
  return item;
}

/**
 * A valid log of a restore session ending now, with a fresh clientId. The default pain of 4/10
 * keeps the restore gate shut (see seed/build-session-logs.ts); 1/10 opens it.
 */
export function createFreshLogs() {
  const restore = kneePainSolution.phases[0];
  if (!restore) throw new Error("The program has no phases");
  const planner = createLogPlanner(kneePainSolution, restore.key);
  return (index: number, painDuring = 4) =>
    planner.buildLog(pick(restore.sessionKeys, index), new Date(), {
      painBefore: Math.min(3, painDuring),
      painDuring,
      painAfter: painDuring,
    });
}
