/**
 * `buildLogEntriesFromSteps`: fills in a session log's entries from the player's timeline, so
 * the customer is only asked the session-level questions (pain, difficulty, note) at the end.
 */
import type { SessionLogEntry } from "../schemas/session-log-input";
import type { Step } from "./step";

interface Tally {
  prescriptionId: string;
  side: SessionLogEntry["side"];
  setIndexes: Set<number>;
  repsDone?: number;
  holdSeconds?: number;
}

function toEntry(tally: Tally): SessionLogEntry {
  return {
    prescriptionId: tally.prescriptionId,
    side: tally.side,
    setsDone: tally.setIndexes.size,
    ...(tally.repsDone === undefined ? {} : { repsDone: tally.repsDone }),
    ...(tally.holdSeconds === undefined ? {} : { holdSeconds: tally.holdSeconds }),
  };
}

/**
 * One entry per prescription and side with at least one hold or reps step among the first
 * `completedStepCount` steps (pass `steps.length` for a completed session), in order of first
 * appearance. A side is not started by its get-ready or switch-side step alone.
 *
 * - `setsDone`: distinct set (or cycle) indexes reached on that side.
 * - `repsDone`: for reps steps, the count of the last one reached; when every rep is a hold
 *   (90/90 liftoff), the highest rep index reached. Absent for plain holds.
 * - `holdSeconds`: the hold used, when the exercise has holds.
 */
export function buildLogEntriesFromSteps(
  steps: readonly Step[],
  completedStepCount: number,
): SessionLogEntry[] {
  // Negative counts would make `slice` drop steps from the end instead of taking none.
  const reached = steps.slice(0, Math.max(0, completedStepCount));
  const tallies = new Map<string, Tally>();
  for (const step of reached) {
    if (step.kind !== "hold" && step.kind !== "reps") continue;
    const key = `${step.prescriptionId}/${step.side}`;
    const tally = tallies.get(key) ?? {
      prescriptionId: step.prescriptionId,
      side: step.side,
      setIndexes: new Set<number>(),
    };
    tallies.set(key, tally);
    tally.setIndexes.add(step.setIndex);
    if (step.kind === "reps") {
      tally.repsDone = step.count;
    } else {
      tally.holdSeconds = step.seconds;
      if (step.repIndex !== undefined) {
        tally.repsDone = Math.max(tally.repsDone ?? 0, step.repIndex);
      }
    }
  }
  return [...tallies.values()].map(toEntry);
}
