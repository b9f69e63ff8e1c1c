/**
 * Starting a program: the safety screening (red flags lead to advice to see a clinician first;
 * starting is still possible once acknowledged) and the baseline assessment, in one transaction.
 * Both need access to the program (`entitledProcedure`), which is also what decides for an
 * archived program: customers who already have access start and carry on; nobody new gets it.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { assessmentResults, enrollments, phaseProgress } from "@phasewise/db/schema";
import {
  assessmentResultInputSchema,
  checkAssessmentResult,
  screenAnswers,
  screeningAnswersInputSchema,
} from "@phasewise/domain";

import { findEnrollment } from "../../enrollment/load-enrollment";
import { AppError } from "../../errors";
import { loadLatestVersion } from "../../programs/load-program-version";
import { problemsToFieldErrors } from "../../progress/problems-to-field-errors";
import { entitledProcedure } from "../../trpc";

export const startEnrollmentInput = z.object({
  answers: screeningAnswersInputSchema,
  acknowledgedRedFlags: z.boolean().default(false),
  baseline: assessmentResultInputSchema,
});

export const enrollmentRouter = {
  /** What the start page asks: the screening questions and the baseline check. */
  setup: entitledProcedure.query(async ({ ctx }) => {
    const latest = await loadLatestVersion(ctx.db, ctx.program.slug);
    if (!latest) throw new AppError("NOT_FOUND", "That program has no published version yet.");
    const enrolled = await findEnrollment(ctx.db, ctx.user.id, ctx.program.id);
    const document = latest.document;
    const baseline = document.assessments.find(
      (item) => item.key === document.baselineAssessmentKey,
    );
    return {
      title: document.title,
      disclaimer: document.disclaimer,
      stopRules: document.stopRules,
      screeningQuestions: document.screeningQuestions,
      baseline: baseline ?? null,
      enrolled: !!enrolled,
    };
  }),

  start: entitledProcedure.input(startEnrollmentInput).mutation(async ({ ctx, input }) => {
    const latest = await loadLatestVersion(ctx.db, ctx.program.slug);
    if (!latest) throw new AppError("NOT_FOUND", "That program has no published version yet.");
    const document = latest.document;
    const firstPhase = document.phases[0];
    const baseline = document.assessments.find(
      (item) => item.key === document.baselineAssessmentKey,
    );
    if (!firstPhase || !baseline)
      throw new Error(`Program ${document.slug} has no first phase or baseline`);

    const screening = screenAnswers(document.screeningQuestions, input.answers);
    if (screening.unanswered.length > 0) {
      throw new AppError(
        "BAD_REQUEST",
        "Answer every safety question.",
        Object.fromEntries(
          screening.unanswered.map((key) => [`answers.${key}`, ["Answer yes or no"]]),
        ),
      );
    }
    if (screening.redFlags.length > 0 && !input.acknowledgedRedFlags) {
      throw new AppError("BAD_REQUEST", "Please read the advice about your answers first.", {
        acknowledgedRedFlags: ["Confirm that you have read the advice to see a clinician first"],
      });
    }
    if (input.baseline.assessmentKey !== baseline.key) {
      throw new AppError("BAD_REQUEST", "Record the baseline check.", {
        "baseline.assessmentKey": [`Expected the "${baseline.title}" check`],
      });
    }
    const problems = checkAssessmentResult(baseline, input.baseline);
    if (problems.length > 0) {
      throw new AppError(
        "BAD_REQUEST",
        "Some baseline values need attention.",
        problemsToFieldErrors("baseline", problems),
      );
    }

    return ctx.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(enrollments)
        .values({
          userId: ctx.user.id,
          programId: ctx.program.id,
          programVersionId: latest.versionId,
          currentPhaseKey: firstPhase.key,
          screening: {
            answers: input.answers,
            redFlags: screening.redFlags.map((flag) => flag.key),
            acknowledgedRedFlags: input.acknowledgedRedFlags,
          },
        })
        .onConflictDoNothing()
        .returning({ id: enrollments.id, currentPhaseKey: enrollments.currentPhaseKey });
      if (!created) {
        const [existing] = await tx
          .select({ id: enrollments.id, currentPhaseKey: enrollments.currentPhaseKey })
          .from(enrollments)
          .where(
            and(eq(enrollments.userId, ctx.user.id), eq(enrollments.programId, ctx.program.id)),
          );
        if (!existing) throw new Error("Enrollment vanished during start");
        return {
          enrollmentId: existing.id,
          currentPhaseKey: existing.currentPhaseKey,
          alreadyEnrolled: true,
        };
      }
      await tx.insert(phaseProgress).values({
        enrollmentId: created.id,
        userId: ctx.user.id,
        phaseKey: firstPhase.key,
      });
      await tx.insert(assessmentResults).values({
        clientId: input.baseline.clientId,
        userId: ctx.user.id,
        enrollmentId: created.id,
        assessmentKey: baseline.key,
        phaseKey: null,
        values: input.baseline.values,
        takenAt: new Date(input.baseline.takenAt),
      });
      return {
        enrollmentId: created.id,
        currentPhaseKey: created.currentPhaseKey,
        alreadyEnrolled: false,
      };
    });
  }),
} satisfies TRPCRouterRecord;
