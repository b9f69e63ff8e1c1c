/** A parsed session log as the row `progress.completeSession` would insert for it. */
import type { sessionLogs } from "@phasewise/db/schema";
import type { SessionLogInput } from "@phasewise/domain";

export function toSessionLogRow(
  log: SessionLogInput,
  userId: string,
  enrollmentId: string,
): typeof sessionLogs.$inferInsert {
  return {
    clientId: log.clientId,
    userId,
    enrollmentId,
    phaseKey: log.phaseKey,
    sessionKey: log.sessionKey,
    completed: log.outcome === "completed",
    entries: log.entries,
    painBefore: log.painBefore,
    painDuring: log.painDuring,
    painAfter: log.painAfter,
    sharpPain: log.sharpPain,
    difficulty: log.difficulty,
    note: log.note ?? null,
    stoppedReason: log.stoppedReason ?? null,
    startedAt: new Date(log.startedAt),
    endedAt: new Date(log.endedAt),
  };
}
