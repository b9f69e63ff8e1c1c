/**
 * What the progress rules need about one enrolment, in two queries: the sessions of the current
 * phase plus the last few overall (for advice), and every assessment result. Both are filtered
 * by the customer's user id in SQL.
 */
import { and, desc, eq, gte, or, sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { AdviceSession, AssessmentValue, PhaseSessionRecord } from "@phasewise/domain";
import { assessmentResults, sessionLogs } from "@phasewise/db/schema";

/** How many recent sessions the advice looks at. */
const adviceWindow = 3;

export interface PhaseActivity {
  /** Sessions logged in the current phase, oldest first. */
  phaseSessions: (PhaseSessionRecord & { id: string; sessionKey: string })[];
  /** The most recent sessions in any phase, newest first. */
  recentSessions: (AdviceSession & { id: string; sessionKey: string; phaseKey: string })[];
  assessments: {
    assessmentKey: string;
    phaseKey: string | null;
    takenAt: Date;
    values: AssessmentValue[];
  }[];
}

export async function loadPhaseActivity(
  db: Executor,
  userId: string,
  enrollmentId: string,
  phaseKey: string,
): Promise<PhaseActivity> {
  const recentCutoff = sql`(select coalesce(min(r.ended_at), 'infinity'::timestamptz) from (
      select ended_at from session_logs
      where user_id = ${userId} and enrollment_id = ${enrollmentId}
      order by ended_at desc limit ${adviceWindow}) r)`;
  const [logs, assessments] = await Promise.all([
    db
      .select({
        id: sessionLogs.id,
        phaseKey: sessionLogs.phaseKey,
        sessionKey: sessionLogs.sessionKey,
        completed: sessionLogs.completed,
        endedAt: sessionLogs.endedAt,
        painBefore: sessionLogs.painBefore,
        painDuring: sessionLogs.painDuring,
        painAfter: sessionLogs.painAfter,
        sharpPain: sessionLogs.sharpPain,
      })
      .from(sessionLogs)
      .where(
        and(
          eq(sessionLogs.userId, userId),
          eq(sessionLogs.enrollmentId, enrollmentId),
          or(eq(sessionLogs.phaseKey, phaseKey), gte(sessionLogs.endedAt, recentCutoff)),
        ),
      )
      .orderBy(desc(sessionLogs.endedAt)),
    db
      .select({
        assessmentKey: assessmentResults.assessmentKey,
        phaseKey: assessmentResults.phaseKey,
        takenAt: assessmentResults.takenAt,
        values: assessmentResults.values,
      })
      .from(assessmentResults)
      .where(
        and(eq(assessmentResults.userId, userId), eq(assessmentResults.enrollmentId, enrollmentId)),
      )
      .orderBy(assessmentResults.takenAt),
  ]);
  return {
    phaseSessions: logs
      .filter((log) => log.phaseKey === phaseKey)
      .reverse()
      .map((log) => ({
        id: log.id,
        sessionKey: log.sessionKey,
        completedAt: log.endedAt,
        painDuring: log.painDuring,
        outcome: log.completed ? "completed" : "stopped-early",
      })),
    recentSessions: logs.slice(0, adviceWindow).map((log) => ({
      id: log.id,
      sessionKey: log.sessionKey,
      phaseKey: log.phaseKey,
      completedAt: log.endedAt,
      painBefore: log.painBefore,
      painDuring: log.painDuring,
      painAfter: log.painAfter,
      sharpPain: log.sharpPain,
      stoppedEarly: !log.completed,
    })),
    assessments: assessments.map((row) => ({ ...row, values: row.values as AssessmentValue[] })),
  };
}
