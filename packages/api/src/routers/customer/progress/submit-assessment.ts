/**
 * Records a re-test (the same check as the baseline, taken again at a phase gate). Idempotent by
 * client id. It can be the last criterion a phase was waiting for, so the phase rule runs again.
 */
import { z } from "zod";

import { assessmentResults } from "@phasewise/db/schema";
import { adviseNext, assessmentResultInputSchema, checkAssessmentResult } from "@phasewise/domain";

import { requireEnrollment } from "../../../enrollment/load-enrollment";
import { lockEnrollment } from "../../../enrollment/lock-enrollment";
import { AppError } from "../../../errors";
import { completeProgram } from "../../../progress/complete-program";
import { evaluateCurrentPhase } from "../../../progress/evaluate-current-phase";
import { loadPhaseActivity } from "../../../progress/load-phase-activity";
import { notifyPhaseUnlocked } from "../../../progress/notify-phase-unlocked";
import { problemsToFieldErrors } from "../../../progress/problems-to-field-errors";
import { unlockNextPhase } from "../../../progress/unlock-next-phase";
import { entitledProcedure } from "../../../trpc";

export const submitAssessment = entitledProcedure
  .input(z.object({ result: assessmentResultInputSchema }))
  .mutation(async ({ ctx, input }) => {
    const now = new Date();
    const outcome = await ctx.db.transaction(async (tx) => {
      if (!(await lockEnrollment(tx, ctx.user.id, ctx.program.id))) {
        throw new AppError("PRECONDITION_FAILED", "Start the program before taking a re-test.");
      }
      const enrollment = await requireEnrollment(tx, ctx.user.id, ctx.program.id);
      const assessment = enrollment.document.assessments.find(
        (item) => item.key === input.result.assessmentKey,
      );
      if (!assessment) {
        throw new AppError("BAD_REQUEST", "That check is not part of your program.", {
          "result.assessmentKey": ["Unknown check"],
        });
      }
      const problems = checkAssessmentResult(assessment, input.result);
      if (problems.length > 0) {
        throw new AppError(
          "BAD_REQUEST",
          "Some values need attention.",
          problemsToFieldErrors("result", problems),
        );
      }
      const [inserted] = await tx
        .insert(assessmentResults)
        .values({
          clientId: input.result.clientId,
          userId: ctx.user.id,
          enrollmentId: enrollment.id,
          assessmentKey: assessment.key,
          phaseKey: enrollment.phase.key,
          values: input.result.values,
          takenAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: assessmentResults.id });
      const activity = await loadPhaseActivity(
        tx,
        ctx.user.id,
        enrollment.id,
        enrollment.phase.key,
      );
      const { evaluation, nextPhase } = evaluateCurrentPhase(enrollment, activity, now);
      const advice = activity.recentSessions.length ? adviseNext(activity.recentSessions) : null;
      const gateOpen = !!inserted && evaluation.unlocked && advice?.verdict !== "stop";
      const unlocked =
        gateOpen && nextPhase
          ? await unlockNextPhase(tx, ctx.user.id, enrollment, nextPhase, now)
          : null;
      const programCompleted =
        gateOpen && !nextPhase && !enrollment.completedAt
          ? await completeProgram(tx, ctx.user.id, enrollment, now)
          : false;
      return { alreadyRecorded: !inserted, evaluation, unlocked, programCompleted };
    });
    if (outcome.unlocked)
      await notifyPhaseUnlocked(ctx.session.user, ctx.program.slug, outcome.unlocked);
    return outcome;
  });
