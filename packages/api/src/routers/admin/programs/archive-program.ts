/**
 * programs.archive: takes a program off the storefront. An archived program is not listed, not
 * sold and cannot be started by anyone new; customers who already have access (enrolled, or paid
 * or granted but not started yet) keep it, with their dashboard, sessions and progress, and
 * admins still see and edit it. Reversible with
 * `programs.unarchive`. One transaction with its audit entry; archiving twice is refused.
 */
import { eq, sql } from "drizzle-orm";

import { programs } from "@phasewise/db/schema";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { formatMoment } from "./load-program";
import { loadArchiveState } from "./program-archive";
import { ZArchiveProgramRequest, ZArchiveProgramResponse } from "./programs.types";

export const archiveProgram = adminProcedure
  .input(ZArchiveProgramRequest)
  .output(ZArchiveProgramResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const before = await loadArchiveState(tx, input.programId, true);
      if (before.archived) {
        throw new AppError(
          "CONFLICT",
          `“${before.title}” is already archived (since ${formatMoment(before.archived.at)}).`,
        );
      }
      await tx
        .update(programs)
        .set({ archivedAt: sql`now()`, archivedBy: ctx.user.id })
        .where(eq(programs.id, input.programId));
      const after = await loadArchiveState(tx, input.programId);
      await writeAuditEntry(tx, {
        actorId: ctx.user.id,
        action: "program.archive",
        targetType: "program",
        targetId: input.programId,
        before: { archivedAt: null },
        after: {
          archivedAt: after.archived?.at ?? null,
          enrolled: after.enrolled,
          notStarted: after.notStarted,
        },
      });
      return { archived: after.archived, enrolled: after.enrolled, notStarted: after.notStarted };
    }),
  );
