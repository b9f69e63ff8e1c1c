/**
 * programs.unarchive: puts an archived program back on the storefront (listed, sold and
 * startable again, on its latest published version). One transaction with its audit entry;
 * unarchiving a program that is not archived is refused.
 */
import { eq } from "drizzle-orm";

import { programs } from "@phasewise/db/schema";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { loadArchiveState } from "./program-archive";
import { ZArchiveProgramResponse, ZUnarchiveProgramRequest } from "./programs.types";

export const unarchiveProgram = adminProcedure
  .input(ZUnarchiveProgramRequest)
  .output(ZArchiveProgramResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const before = await loadArchiveState(tx, input.programId, true);
      if (!before.archived) {
        throw new AppError("CONFLICT", `“${before.title}” is not archived.`);
      }
      await tx
        .update(programs)
        .set({ archivedAt: null, archivedBy: null })
        .where(eq(programs.id, input.programId));
      await writeAuditEntry(tx, {
        actorId: ctx.user.id,
        action: "program.unarchive",
        targetType: "program",
        targetId: input.programId,
        before: { archivedAt: before.archived.at, archivedBy: before.archived.by?.id ?? null },
        after: { archivedAt: null, enrolled: before.enrolled, notStarted: before.notStarted },
      });
      return { archived: null, enrolled: before.enrolled, notStarted: before.notStarted };
    }),
  );
