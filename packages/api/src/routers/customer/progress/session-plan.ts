/**
 * What the session player needs to run a session of the current phase: the template and the
 * exercises it uses, from the enrolment's pinned version (never a newer draft).
 */
import { z } from "zod";

import { requireEnrollment } from "../../../enrollment/load-enrollment";
import { AppError } from "../../../errors";
import { loadPhaseActivity } from "../../../progress/load-phase-activity";
import { nextSessionKey } from "../../../progress/next-session-key";
import { entitledProcedure } from "../../../trpc";

export const sessionPlan = entitledProcedure
  .input(z.object({ sessionKey: z.string().trim().min(1).max(100).optional() }))
  .query(async ({ ctx, input }) => {
    const enrollment = await requireEnrollment(ctx.db, ctx.user.id, ctx.program.id);
    const { document, phase } = enrollment;
    let key = input.sessionKey;
    if (!key) {
      const activity = await loadPhaseActivity(ctx.db, ctx.user.id, enrollment.id, phase.key);
      key = nextSessionKey(phase, activity.phaseSessions.length);
    }
    if (!key || !phase.sessionKeys.includes(key)) {
      throw new AppError("NOT_FOUND", "That session is not part of your current phase.");
    }
    const template = document.sessions.find((session) => session.key === key);
    if (!template) throw new AppError("NOT_FOUND", "That session does not exist.");
    const slugs = new Set(template.prescriptions.map((prescription) => prescription.exerciseSlug));
    return {
      enrollmentId: enrollment.id,
      programSlug: document.slug,
      programTitle: document.title,
      phase: { key: phase.key, title: phase.title },
      session: { key: template.key, title: template.title },
      template,
      exercises: document.exercises.filter((exercise) => slugs.has(exercise.slug)),
      stopRules: document.stopRules,
    };
  });
