/**
 * The audit entry of a draft save. The editor autosaves every few seconds while an admin types,
 * so a burst of saves by one admin becomes one entry: when the program's latest entry is a draft
 * save by the same admin, less than 10 minutes old, it is updated (first revision kept, latest
 * revision and problems, merged changes, `saves` counted, `at` moved to now) instead of a new
 * row being added. Anything else in between (a publish, an archive, another admin's save) starts
 * a new entry. Runs inside the save's transaction, which holds the program row's lock, so two
 * saves of one program never coalesce into the same entry at once.
 */
import { and, desc, eq, gt, sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { auditLog } from "@phasewise/db/schema";

import type { ProgramChange } from "./diff-program";
import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { capChanges, mergeChanges } from "./merge-changes";

export const draftSaveAction = "program.draft.save";

/** How long after a save the next one by the same admin still joins its audit entry. */
export const coalesceWindowMinutes = 10;

export interface DraftSave {
  actorId: string;
  programId: string;
  fromRevision: number;
  toRevision: number;
  problems: number;
  changes: ProgramChange[];
}

interface SavedAfter {
  changes?: unknown;
  moreChanges?: unknown;
  saves?: unknown;
}

function countOf(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : fallback;
}

export async function auditDraftSave(tx: Executor, save: DraftSave): Promise<void> {
  // Only the window is searched (the `at` index), and the newest entry of the program in it
  // decides: if it is not this admin's save, something else happened since.
  const [latest] = await tx
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorId: auditLog.actorId,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(
      and(
        gt(auditLog.at, sql`now() - make_interval(mins => ${coalesceWindowMinutes})`),
        eq(auditLog.targetType, "program"),
        eq(auditLog.targetId, save.programId),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);

  if (latest?.action === draftSaveAction && latest.actorId === save.actorId) {
    const previous = (latest.after ?? {}) as SavedAfter;
    const merged = mergeChanges(
      Array.isArray(previous.changes) ? (previous.changes as ProgramChange[]) : [],
      save.changes,
      countOf(previous.moreChanges, 0),
    );
    await tx
      .update(auditLog)
      .set({
        after: {
          revision: save.toRevision,
          problems: save.problems,
          ...merged,
          saves: countOf(previous.saves, 1) + 1,
        },
        at: sql`now()`,
      })
      .where(eq(auditLog.id, latest.id));
    return;
  }

  await writeAuditEntry(tx, {
    actorId: save.actorId,
    action: draftSaveAction,
    targetType: "program",
    targetId: save.programId,
    before: { revision: save.fromRevision },
    after: {
      revision: save.toRevision,
      problems: save.problems,
      ...capChanges(save.changes),
      saves: 1,
    },
  });
}
