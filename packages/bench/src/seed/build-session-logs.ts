/**
 * A seeded customer's history, built the way the player builds it (expanded steps → entries)
 * and parsed with `sessionLogInputSchema`, so every row is a log the API would have accepted.
 *
 * The pain of the last three sessions is 4/10: above the restore phase's gate (average ≤ 3), so
 * every customer stays in "restore" and `completeSession` measures its common path (no unlock).
 */
import { randomUUID } from "node:crypto";

import type { ProgramDocument, SessionLogInput } from "@phasewise/domain";
import {
  buildLogEntriesFromSteps,
  checkSessionLog,
  expandSession,
  sessionLogInputSchema,
} from "@phasewise/domain";

const DAY_MS = 86_400_000;

/** A small deterministic generator (mulberry32), so two runs seed the same pains. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface LogPlanner {
  phaseKey: string;
  /** A complete, valid log of a session of the phase that ended at `endedAt`. */
  buildLog: (
    sessionKey: string,
    endedAt: Date,
    pain: Pick<SessionLogInput, "painBefore" | "painDuring" | "painAfter">,
    options?: { stoppedEarly?: boolean; difficulty?: number },
  ) => SessionLogInput;
}

export function createLogPlanner(document: ProgramDocument, phaseKey: string): LogPlanner {
  const phase = document.phases.find((candidate) => candidate.key === phaseKey);
  if (!phase) throw new Error(`${document.slug} has no phase "${phaseKey}"`);
  const expanded = new Map(
    phase.sessionKeys.map((key) => {
      const template = document.sessions.find((session) => session.key === key);
      if (!template) throw new Error(`${document.slug} has no session "${key}"`);
      return [key, expandSession(template, document.exercises)] as const;
    }),
  );

  return {
    phaseKey,
    buildLog(sessionKey, endedAt, pain, options = {}) {
      const session = expanded.get(sessionKey);
      if (!session) throw new Error(`"${sessionKey}" is not a session of "${phaseKey}"`);
      const stoppedEarly = options.stoppedEarly ?? false;
      const stepsDone = stoppedEarly ? Math.floor(session.steps.length / 2) : session.steps.length;
      const seconds = (session.estimatedSeconds * stepsDone) / session.steps.length;
      const log = sessionLogInputSchema.parse({
        clientId: randomUUID(),
        phaseKey,
        sessionKey,
        startedAt: new Date(endedAt.getTime() - seconds * 1000).toISOString(),
        endedAt: endedAt.toISOString(),
        outcome: stoppedEarly ? "stopped-early" : "completed",
        ...(stoppedEarly ? { stoppedReason: "Ran out of time" } : {}),
        ...pain,
        sharpPain: false,
        difficulty: options.difficulty ?? 3,
        entries: buildLogEntriesFromSteps(session.steps, stepsDone),
      });
      const problems = checkSessionLog(document, log);
      if (problems.length > 0) {
        throw new Error(`Seeded log is invalid: ${problems.map((p) => p.message).join("; ")}`);
      }
      return log;
    },
  };
}

/** `count` logs ending between `weeks` weeks ago and yesterday, oldest first. */
export function buildHistory(
  planner: LogPlanner,
  sessionKeys: readonly string[],
  options: { count: number; weeks: number; now: Date; seed: number },
): SessionLogInput[] {
  const random = createRandom(options.seed);
  const spanMs = options.weeks * 7 * DAY_MS;
  const start = options.now.getTime() - spanMs;
  return Array.from({ length: options.count }, (_, index) => {
    const jitter = (random() - 0.5) * 0.5 * DAY_MS;
    const endedAt = new Date(start + ((index + 0.5) * spanMs) / options.count + jitter);
    const recent = index >= options.count - 3;
    const painDuring = recent ? 4 : 1 + Math.floor(random() * 3);
    const pain = recent
      ? { painBefore: 3, painDuring, painAfter: 4 }
      : {
          painBefore: Math.max(0, painDuring - Math.floor(random() * 2)),
          painDuring,
          painAfter: Math.max(0, painDuring - Math.floor(random() * 2)),
        };
    const sessionKey = sessionKeys[index % sessionKeys.length] ?? "";
    return planner.buildLog(sessionKey, endedAt, pain, {
      // One session in ten was cut short: the history is not all perfect days.
      stoppedEarly: !recent && index % 10 === 4,
      difficulty: 2 + Math.floor(random() * 3),
    });
  });
}
