/**
 * Boils a session log down to the pain numbers the progress rules use. Uses the worst values
 * across exercises, because one painful exercise is what the customer needs advice about.
 */
import type { SessionLogInput } from "../schemas/session-log-input";

export interface SessionPainSummary {
  completedAt: Date;
  /** Pain before the first exercise: how the knee was on arrival. */
  painBefore: number;
  /** Worst pain during any exercise. */
  painDuring: number;
  /** Worst pain right after any exercise. */
  painAfter: number;
  /** Pain the next day, when the customer answered the follow-up. */
  painNextDay?: number | null;
  sharpPain: boolean;
  stoppedEarly: boolean;
}

/** `null` for a session stopped before anything was recorded: there is no pain to judge. */
export function summarizeSessionPain(log: SessionLogInput): SessionPainSummary | null {
  const [first, ...rest] = log.entries;
  if (first === undefined) return null;
  const entries = [first, ...rest];
  return {
    completedAt: new Date(log.endedAt),
    painBefore: first.painBefore,
    painDuring: Math.max(...entries.map((entry) => entry.painDuring)),
    painAfter: Math.max(...entries.map((entry) => entry.painAfter)),
    sharpPain: entries.some((entry) => entry.sharpPain === true),
    stoppedEarly: log.outcome === "stopped-early",
  };
}
