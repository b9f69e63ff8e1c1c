/**
 * The progress page: sessions per week against the recommendation, the pain trend, re-test
 * results per side against the baseline, and the session history. Aggregation happens in SQL.
 */
import { and, desc, eq, gte, sql } from "drizzle-orm";

import type { AssessmentValue } from "@phasewise/domain";
import { assessmentResults, sessionLogs } from "@phasewise/db/schema";

import { findEnrollment } from "../../../enrollment/load-enrollment";
import { startOfWeek } from "../../../progress/start-of-week";
import { entitledProcedure } from "../../../trpc";

const weeksShown = 12;

export const overview = entitledProcedure.query(async ({ ctx }) => {
  const enrollment = await findEnrollment(ctx.db, ctx.user.id, ctx.program.id);
  if (!enrollment) return { enrolled: false as const };
  const { document } = enrollment;
  const mine = and(
    eq(sessionLogs.userId, ctx.user.id),
    eq(sessionLogs.enrollmentId, enrollment.id),
  );
  const firstWeek = new Date(startOfWeek(new Date()).getTime() - (weeksShown - 1) * 7 * 86_400_000);
  const week = sql<string>`to_char(date_trunc('week', ${sessionLogs.endedAt} at time zone 'UTC'), 'YYYY-MM-DD')`;

  const [weekly, history, assessments] = await Promise.all([
    ctx.db
      .select({ week, sessions: sql<number>`count(*)::int` })
      .from(sessionLogs)
      .where(and(mine, gte(sessionLogs.endedAt, firstWeek)))
      .groupBy(week),
    ctx.db
      .select({
        id: sessionLogs.id,
        phaseKey: sessionLogs.phaseKey,
        sessionKey: sessionLogs.sessionKey,
        completed: sessionLogs.completed,
        painBefore: sessionLogs.painBefore,
        painDuring: sessionLogs.painDuring,
        painAfter: sessionLogs.painAfter,
        difficulty: sessionLogs.difficulty,
        note: sessionLogs.note,
        endedAt: sessionLogs.endedAt,
      })
      .from(sessionLogs)
      .where(mine)
      .orderBy(desc(sessionLogs.endedAt))
      .limit(60),
    ctx.db
      .select({
        assessmentKey: assessmentResults.assessmentKey,
        phaseKey: assessmentResults.phaseKey,
        values: assessmentResults.values,
        takenAt: assessmentResults.takenAt,
      })
      .from(assessmentResults)
      .where(
        and(
          eq(assessmentResults.userId, ctx.user.id),
          eq(assessmentResults.enrollmentId, enrollment.id),
        ),
      )
      .orderBy(assessmentResults.takenAt),
  ]);

  const perWeek = new Map(weekly.map((row) => [row.week, Number(row.sessions)]));
  const phaseFor = (key: string) => document.phases.find((phase) => phase.key === key);
  const weeks = Array.from({ length: weeksShown }, (_, index) => {
    const start = new Date(firstWeek.getTime() + index * 7 * 86_400_000).toISOString().slice(0, 10);
    return {
      weekStart: start,
      sessions: perWeek.get(start) ?? 0,
      recommended: enrollment.phase.recommendedSessionsPerWeek,
    };
  });

  const baselineKey = document.baselineAssessmentKey;
  const takes = assessments.filter((row) => row.assessmentKey === baselineKey);
  const baseline = takes[0];
  const latest = takes.length > 1 ? takes[takes.length - 1] : undefined;
  const definition = document.assessments.find((item) => item.key === baselineKey);
  const valueOf = (row: typeof baseline, itemKey: string, side?: "left" | "right") =>
    (row?.values as AssessmentValue[] | undefined)?.find(
      (value) => value.itemKey === itemKey && value.side === side,
    )?.value ?? null;
  const retest = (definition?.items ?? []).flatMap((item) => {
    const sides =
      item.kind === "degrees" && item.perSide ? (["left", "right"] as const) : [undefined];
    return sides.map((side) => ({
      label: side ? `${item.label} (${side})` : item.label,
      unit: item.kind === "degrees" ? "°" : "/10",
      baseline: valueOf(baseline, item.key, side),
      latest: valueOf(latest, item.key, side),
      higherIsBetter: item.kind === "degrees",
    }));
  });

  return {
    enrolled: true as const,
    programTitle: document.title,
    weeks,
    painTrend: [...history]
      .reverse()
      .slice(-30)
      .map((row) => ({
        date: row.endedAt.toISOString(),
        painBefore: row.painBefore,
        painDuring: row.painDuring,
        painAfter: row.painAfter,
      })),
    retest: {
      takenAt: { baseline: baseline?.takenAt ?? null, latest: latest?.takenAt ?? null },
      items: retest,
    },
    history: history.map((row) => ({
      ...row,
      phaseTitle: phaseFor(row.phaseKey)?.title ?? row.phaseKey,
      sessionTitle:
        document.sessions.find((session) => session.key === row.sessionKey)?.title ??
        row.sessionKey,
    })),
  };
});
