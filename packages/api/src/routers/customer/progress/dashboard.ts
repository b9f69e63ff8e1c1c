/**
 * The customer's dashboard: current phase and goal, progress toward the unlock rule, the next
 * session and its length, this week's plan, whether a re-test is due, and the latest advice.
 * Four queries whatever the history size: access, enrolment, sessions, assessments.
 */
import { adviseNext, expandSession } from "@phasewise/domain";

import { findEnrollment } from "../../../enrollment/load-enrollment";
import { evaluateCurrentPhase } from "../../../progress/evaluate-current-phase";
import { loadPhaseActivity } from "../../../progress/load-phase-activity";
import { nextSessionKey } from "../../../progress/next-session-key";
import { startOfWeek } from "../../../progress/start-of-week";
import { entitledProcedure } from "../../../trpc";

export const dashboard = entitledProcedure.query(async ({ ctx }) => {
  const now = new Date();
  const enrollment = await findEnrollment(ctx.db, ctx.user.id, ctx.program.id);
  if (!enrollment) return { enrolled: false as const };
  const { document, phase } = enrollment;
  const activity = await loadPhaseActivity(ctx.db, ctx.user.id, enrollment.id, phase.key);
  const { evaluation, nextPhase } = evaluateCurrentPhase(enrollment, activity, now);

  const sessionKey = nextSessionKey(phase, activity.phaseSessions.length);
  const template = document.sessions.find((session) => session.key === sessionKey);
  const expanded = template ? expandSession(template, document.exercises) : null;
  const weekStart = startOfWeek(now);
  const doneThisWeek = activity.phaseSessions.filter(
    (session) => session.completedAt >= weekStart,
  ).length;
  const retestCriterion = evaluation.criteria.find((criterion) => criterion.key === "retest");
  const sessionsMet =
    evaluation.criteria.find((criterion) => criterion.key === "sessions")?.met ?? false;
  const retestKey = phase.unlockRule?.retestRequired;
  const retestAssessment = document.assessments.find((item) => item.key === retestKey);
  const latest = activity.recentSessions[0];

  return {
    enrolled: true as const,
    program: { slug: document.slug, title: document.title, version: enrollment.version },
    /** When the final phase's rule was met; null while under way (and always, without a rule). */
    completedAt: enrollment.completedAt,
    phase: {
      key: phase.key,
      title: phase.title,
      goal: phase.goal,
      description: phase.description,
      number: enrollment.phaseIndex + 1,
      total: document.phases.length,
      recommendedSessionsPerWeek: phase.recommendedSessionsPerWeek,
      startedAt: enrollment.phaseStartedAt,
    },
    nextPhase: nextPhase ? { key: nextPhase.key, title: nextPhase.title } : null,
    evaluation,
    nextSession:
      template && expanded
        ? {
            key: template.key,
            title: template.title,
            estimatedMinutes: expanded.estimatedMinutes,
            exercises: [...new Set(expanded.steps.map((step) => step.exerciseName))],
          }
        : null,
    week: {
      start: weekStart,
      done: doneThisWeek,
      recommended: phase.recommendedSessionsPerWeek,
    },
    retest:
      retestAssessment && retestCriterion && !retestCriterion.met
        ? { due: sessionsMet, assessmentKey: retestAssessment.key, title: retestAssessment.title }
        : null,
    lastSession: latest ? { completedAt: latest.completedAt, sessionKey: latest.sessionKey } : null,
    advice: latest ? adviseNext(activity.recentSessions) : null,
  };
});
