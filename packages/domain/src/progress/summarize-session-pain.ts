/**
 * Boils a session log down to the pain numbers the progress rules use. The customer answers the
 * pain questions once per session, so the summary takes them as reported.
 */
import type { SessionLogInput } from "../schemas/session-log-input";

export interface SessionPainSummary {
  completedAt: Date;
  /** Pain before the first exercise: how the knee was on arrival. */
  painBefore: number;
  /** The worst pain during the session, as reported. */
  painDuring: number;
  /** Pain right after the session. */
  painAfter: number;
  /** Pain the next day, when the customer answered the follow-up. */
  painNextDay?: number | null;
  sharpPain: boolean;
  stoppedEarly: boolean;
}

/**
 * Always a summary, even for a session stopped before the first exercise: the customer still
 * reported pain, and pain that stopped a session is exactly what the advice must see.
 */
export function summarizeSessionPain(log: SessionLogInput): SessionPainSummary {
  return {
    completedAt: new Date(log.endedAt),
    painBefore: log.painBefore,
    painDuring: log.painDuring,
    painAfter: log.painAfter,
    sharpPain: log.sharpPain,
    stoppedEarly: log.outcome === "stopped-early",
  };
}
