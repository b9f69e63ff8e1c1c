/**
 * What moving enrolments to a newer version would do: each enrolment's place (version, phase,
 * sessions completed in the phase) read in one query, every version document involved in one
 * more, then the domain's `migrateEnrollment` decides per enrolment.
 */
import { and, asc, eq, inArray, lt, lte, sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { MigrationFailure, VersionedProgram } from "@phasewise/domain";
import { enrollments, programVersions, sessionLogs, users } from "@phasewise/db/schema";
import { migrateEnrollment } from "@phasewise/domain";

import { AppError } from "../../../errors";
import { rememberDocument } from "../../../programs/load-program-version";

export type MoveReason = MigrationFailure | "already-there" | "not-found";

export interface PlannedMove {
  id: string;
  user: { id: string; name: string | null; email: string };
  fromVersion: number;
  fromVersionId: string;
  currentPhaseKey: string;
  completedSessions: number;
  ok: boolean;
  reason: MoveReason | null;
  message: string | null;
  notes: string[];
}

export async function loadTargetVersions(db: Executor, programId: string, toVersion: number) {
  const rows = await db
    .select({
      id: programVersions.id,
      version: programVersions.version,
      document: programVersions.document,
      changelog: programVersions.changelog,
      publishedAt: programVersions.publishedAt,
    })
    .from(programVersions)
    .where(and(eq(programVersions.programId, programId), lte(programVersions.version, toVersion)))
    .orderBy(asc(programVersions.version));
  const target = rows.find((row) => row.version === toVersion);
  if (!target)
    throw new AppError("NOT_FOUND", `Version ${toVersion} of this program does not exist.`);
  const byVersion = new Map<number, VersionedProgram>(
    rows.map((row) => [
      row.version,
      { version: row.version, document: rememberDocument(row.id, row.document) },
    ]),
  );
  return { target, rows, byVersion };
}

/**
 * Enrolments of the program: those on versions older than `toVersion`, or exactly `ids` when
 * given (locked for update inside a transaction, so a move and a session log cannot cross).
 */
export async function planMoves(
  db: Executor,
  options: { programId: string; toVersion: number; ids?: string[]; lock?: boolean },
): Promise<PlannedMove[]> {
  const { byVersion } = await loadTargetVersions(db, options.programId, options.toVersion);
  const to = byVersion.get(options.toVersion);
  if (!to) throw new Error("target version vanished");
  const completed = sql<string[]>`array(
    select ${sessionLogs.sessionKey} from ${sessionLogs}
    where ${sessionLogs.enrollmentId} = ${enrollments.id}
      and ${sessionLogs.phaseKey} = ${enrollments.currentPhaseKey}
      and ${sessionLogs.completed}
    order by ${sessionLogs.endedAt})`;
  const query = db
    .select({
      id: enrollments.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      currentPhaseKey: enrollments.currentPhaseKey,
      fromVersion: programVersions.version,
      fromVersionId: programVersions.id,
      completed,
    })
    .from(enrollments)
    .innerJoin(programVersions, eq(programVersions.id, enrollments.programVersionId))
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(
      and(
        eq(enrollments.programId, options.programId),
        options.ids
          ? inArray(enrollments.id, options.ids)
          : lt(programVersions.version, options.toVersion),
      ),
    )
    .orderBy(asc(programVersions.version), asc(users.email));
  const rows = options.lock ? await query.for("update", { of: enrollments }) : await query;
  return rows.map((row) => {
    const base = {
      id: row.id,
      user: { id: row.userId, name: row.name, email: row.email },
      fromVersion: row.fromVersion,
      fromVersionId: row.fromVersionId,
      currentPhaseKey: row.currentPhaseKey,
      completedSessions: row.completed.length,
    };
    if (row.fromVersion === options.toVersion) {
      const message = `Already on version ${options.toVersion}`;
      return { ...base, ok: false, reason: "already-there" as const, message, notes: [] };
    }
    const from = byVersion.get(row.fromVersion);
    const result = from
      ? migrateEnrollment(from, to, {
          currentPhaseKey: row.currentPhaseKey,
          completedSessionKeys: row.completed,
        })
      : ({
          ok: false,
          reason: "not-newer",
          message: `Version ${row.fromVersion} is newer than version ${options.toVersion}`,
        } as const);
    return result.ok
      ? { ...base, ok: true, reason: null, message: null, notes: result.notes }
      : { ...base, ok: false, reason: result.reason, message: result.message, notes: [] };
  });
}
