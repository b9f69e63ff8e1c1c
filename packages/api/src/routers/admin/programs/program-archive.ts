/**
 * What archiving shares between `programs.archive`, `programs.unarchive`, `programs.get` and
 * the list: a program's archive state with who archived it, how many customers are enrolled and
 * how many more may open it without having started (all of them keep their access, progress and
 * the right to start whether the program is archived or not).
 */
import { count, eq } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { enrollments, programs, users } from "@phasewise/db/schema";

import { AppError } from "../../../errors";
import { countWithAccessNotStarted } from "./count-customers-with-access";
import { personOf } from "./load-program";

export async function loadArchiveState(db: Executor, programId: string, lock = false) {
  const query = db
    .select({
      id: programs.id,
      title: programs.title,
      archivedAt: programs.archivedAt,
      updatedById: users.id,
      updatedByName: users.name,
      updatedByEmail: users.email,
    })
    .from(programs)
    .leftJoin(users, eq(users.id, programs.archivedBy))
    .where(eq(programs.id, programId));
  // The program row is what archive, unarchive, saves and publishes all lock.
  const [row] = await (lock ? query.for("update", { of: programs }) : query);
  if (!row) throw new AppError("NOT_FOUND", "That program does not exist.");
  const [enrolled] = await db
    .select({ count: count() })
    .from(enrollments)
    .where(eq(enrollments.programId, programId));
  const notStarted = await countWithAccessNotStarted(db, [programId]);
  return {
    id: row.id,
    title: row.title,
    archived: row.archivedAt ? { at: row.archivedAt, by: personOf(row) } : null,
    enrolled: enrolled?.count ?? 0,
    notStarted: notStarted.get(programId) ?? 0,
  };
}

export type ArchiveState = Awaited<ReturnType<typeof loadArchiveState>>;
