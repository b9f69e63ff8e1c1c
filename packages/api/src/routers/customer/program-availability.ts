/**
 * Archived programs on the customer side: off the catalog, not sold and not startable, except
 * for customers already enrolled, who keep going. The checks the customer routers share.
 */
import { and, eq, isNull, or, sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { enrollments, programs } from "@phasewise/db/schema";

import { AppError } from "../../errors";

export const noLongerAvailableMessage = "That program is no longer available.";

/** Catalog rows: programs not archived, plus archived ones the viewer is enrolled in. */
export function visibleInCatalog(userId: string | undefined) {
  const notArchived = isNull(programs.archivedAt);
  if (!userId) return notArchived;
  return or(
    notArchived,
    sql`exists (select 1 from ${enrollments} where ${and(
      eq(enrollments.programId, programs.id),
      eq(enrollments.userId, userId),
    )})`,
  );
}

export function cannotStartArchived() {
  return new AppError(
    "PRECONDITION_FAILED",
    "This program is no longer available to start. Customers who already started it keep going.",
  );
}

/**
 * Whether the program is archived, with a share lock on its row for the rest of the transaction:
 * an archive (which locks the row for update) lands either before a start is decided or after it
 * commits, never in between.
 */
export async function isArchivedLocked(tx: Executor, programId: string): Promise<boolean> {
  const [program] = await tx
    .select({ archivedAt: programs.archivedAt })
    .from(programs)
    .where(eq(programs.id, programId))
    .for("share");
  return !!program?.archivedAt;
}

export async function isArchived(db: Executor, programId: string): Promise<boolean> {
  const [program] = await db
    .select({ archivedAt: programs.archivedAt })
    .from(programs)
    .where(eq(programs.id, programId));
  return !!program?.archivedAt;
}
