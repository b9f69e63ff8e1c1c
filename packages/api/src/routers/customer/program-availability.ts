/**
 * Archived programs on the customer side: off the catalog and not sold to new people, while
 * everyone who already has access to the program (a lifetime purchase, a membership, an admin
 * grant; see `entitlements`) keeps it, started or not. The checks the customer routers share.
 */
import { and, eq, sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { Entitlement } from "@phasewise/domain";
import { enrollments, programs } from "@phasewise/db/schema";
import { findProgramAccess } from "@phasewise/domain";

export const noLongerAvailableMessage = "That program is no longer available.";

/** Whether the viewer is enrolled in the row's program, as a column of a `programs` query. */
export function enrolledIn(userId: string) {
  return sql<boolean>`exists (select 1 from ${enrollments} where ${and(
    eq(enrollments.programId, programs.id),
    eq(enrollments.userId, userId),
  )})`;
}

/**
 * Whether a program is shown to this viewer: any program that is not archived; an archived one
 * only to a viewer who is enrolled in it or may open it.
 */
export function availableTo(
  program: { id: string; archived: boolean },
  viewer: { enrolled: boolean; entitlements: readonly Entitlement[] } | undefined,
): boolean {
  if (!program.archived) return true;
  if (!viewer) return false;
  return viewer.enrolled || findProgramAccess(viewer.entitlements, program.id) !== undefined;
}

export async function isArchived(db: Executor, programId: string): Promise<boolean> {
  const [program] = await db
    .select({ archivedAt: programs.archivedAt })
    .from(programs)
    .where(eq(programs.id, programId));
  return !!program?.archivedAt;
}
