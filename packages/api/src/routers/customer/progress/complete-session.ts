/**
 * Records a finished (or stopped) session. Idempotent by the client-generated id: a double tap,
 * a retry after a network drop or 20 concurrent submissions store one log. In the same
 * transaction (holding the enrolment lock) the phase rule runs and may open the next phase.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { sessionLogs } from "@phasewise/db/schema";
import { adviseNext, checkSessionLog, sessionLogInputSchema } from "@phasewise/domain";

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

export const completeSessionInput = z.object({ log: sessionLogInputSchema });

export const completeSession = entitledProcedure
  .input(completeSessionInput)
  .mutation(async ({ ctx, input }) => {
    const { log } = input;
    const now = new Date();
    // Device clocks drift: a session cannot end in the server's future, or it would not count yet.
    const endedAt = new Date(Math.min(Date.parse(log.endedAt), now.getTime()));
    const startedAt = new Date(Math.min(Date.parse(log.startedAt), endedAt.getTime()));
    const result = await ctx.db.transaction(async (tx) => {
      if (!(await lockEnrollment(tx, ctx.user.id, ctx.program.id))) {
        throw new AppError("PRECONDITION_FAILED", "Start the program before logging sessions.");
      }
      const enrollment = await requireEnrollment(tx, ctx.user.id, ctx.program.id);
      const [already] = await tx
        .select({ id: sessionLogs.id })
        .from(sessionLogs)
        .where(and(eq(sessionLogs.userId, ctx.user.id), eq(sessionLogs.clientId, log.clientId)));
      if (!already) {
        const problems = checkSessionLog(enrollment.document, log);
        if (problems.length > 0) {
          throw new AppError(
            "BAD_REQUEST",
            "Some answers need attention.",
            problemsToFieldErrors("log", problems),
          );
        }
        if (!enrollment.document.phases.some((phase) => phase.key === log.phaseKey)) {
          throw new AppError("BAD_REQUEST", "That phase is not part of your program.", {
            "log.phaseKey": ["Unknown phase"],
          });
        }
      }
      const [inserted] = already
        ? []
        : await tx
            .insert(sessionLogs)
            .values({
              clientId: log.clientId,
              userId: ctx.user.id,
              enrollmentId: enrollment.id,
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
              startedAt,
              endedAt,
            })
            .onConflictDoNothing()
            .returning({ id: sessionLogs.id });
      const logId = inserted?.id ?? already?.id;
      if (!logId) throw new Error("Session log neither inserted nor found");

      const activity = await loadPhaseActivity(
        tx,
        ctx.user.id,
        enrollment.id,
        enrollment.phase.key,
      );
      const advice = adviseNext(activity.recentSessions);
      if (!inserted)
        return { logId, alreadyRecorded: true, advice, unlocked: null, programCompleted: false };

      const { evaluation, nextPhase } = evaluateCurrentPhase(enrollment, activity, now);
      const gateOpen = evaluation.unlocked && advice.verdict !== "stop";
      const unlocked =
        gateOpen && nextPhase
          ? await unlockNextPhase(tx, ctx.user.id, enrollment, nextPhase, now)
          : null;
      // The final phase's own rule met: the program is complete (once).
      const programCompleted =
        gateOpen && !nextPhase && !enrollment.completedAt
          ? await completeProgram(tx, ctx.user.id, enrollment, now)
          : false;
      return { logId, alreadyRecorded: false, advice, unlocked, programCompleted };
    });
    if (result.unlocked)
      await notifyPhaseUnlocked(ctx.session.user, ctx.program.slug, result.unlocked);
    return result;
  });
