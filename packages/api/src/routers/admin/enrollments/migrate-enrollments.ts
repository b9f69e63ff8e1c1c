/**
 * enrollments.migrate: moves the chosen enrolments to a newer published version when
 * `migrateEnrollment` maps them; the others stay where they are and come back with the reason.
 * One transaction: the enrolment rows are locked, moved, and each move is audited.
 */
import { and, eq, inArray } from "drizzle-orm";

import { auditLog, enrollments } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import { ZMigrateRequest, ZMigrateResponse } from "./enrollments.types";
import { loadTargetVersions, planMoves } from "./plan-moves";

export const migrateEnrollments = adminProcedure
  .input(ZMigrateRequest)
  .output(ZMigrateResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { target } = await loadTargetVersions(tx, input.programId, input.toVersion);
      const moves = await planMoves(tx, {
        programId: input.programId,
        toVersion: input.toVersion,
        ids: input.enrollmentIds,
        lock: true,
      });
      const movable = moves.filter((move) => move.ok);
      if (movable.length > 0) {
        await tx
          .update(enrollments)
          .set({ programVersionId: target.id })
          .where(
            and(
              eq(enrollments.programId, input.programId),
              inArray(
                enrollments.id,
                movable.map((move) => move.id),
              ),
            ),
          );
        await tx.insert(auditLog).values(
          movable.map((move) => ({
            actorId: ctx.user.id,
            action: "enrollment.migrate",
            targetType: "enrollment",
            targetId: move.id,
            before: { version: move.fromVersion, programVersionId: move.fromVersionId },
            after: {
              version: input.toVersion,
              programVersionId: target.id,
              currentPhaseKey: move.currentPhaseKey,
              notes: move.notes,
            },
          })),
        );
      }
      const found = new Set(moves.map((move) => move.id));
      return {
        toVersion: input.toVersion,
        moved: movable.map((move) => ({
          id: move.id,
          fromVersion: move.fromVersion,
          notes: move.notes,
        })),
        notMoved: [
          ...moves
            .filter((move) => !move.ok)
            .map((move) => ({
              id: move.id,
              reason: move.reason ?? ("not-found" as const),
              message: move.message ?? "Not moved",
            })),
          ...input.enrollmentIds
            .filter((id) => !found.has(id))
            .map((id) => ({
              id,
              reason: "not-found" as const,
              message: "No such enrolment in this program",
            })),
        ],
      };
    }),
  );
