/**
 * The audit entry of a draft save. The editor autosaves every few seconds while an admin types,
 * so a burst of saves by one admin becomes one entry: when the program's latest entry is a draft
 * save by the same admin whose burst began less than 10 minutes ago, it is updated (first
 * revision kept, latest revision and problems, merged changes, `saves` counted, `at` moved to now
 * so the log sorts by recent activity, `firstSavedAt` keeping when the burst began) instead of a
 * new row being added. The window is measured from the burst's first save, so an admin typing all
 * day gets an entry every 10 minutes, not one entry that never closes. Anything else in between
 * (a publish, an archive, another admin's save) starts a new entry. Runs inside the save's transaction, which holds the program row's lock, so two
 * saves of one program never coalesce into the same entry at once.
 */
import { and, desc, eq, gt, sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { auditLog } from "@phasewise/db/schema";

import type { ProgramChange } from "./diff-program";
import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { capChanges, mergeChanges } from "./merge-changes";

export const draftSaveAction = "program.draft.save";

/** How long after a burst's first save a save by the same admin still joins its audit entry. */
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
  firstSavedAt?: unknown;
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
      at: auditLog.at,
      after: auditLog.after,
      // A single save's entry has no `firstSavedAt`: its `at` is when the burst began.
      burstOpen: sql<boolean>`coalesce((${auditLog.after}->>'firstSavedAt')::timestamptz, ${auditLog.at})
        > now() - make_interval(mins => ${coalesceWindowMinutes})`,
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

  if (latest?.action === draftSaveAction && latest.actorId === save.actorId && latest.burstOpen) {
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
          firstSavedAt:
            typeof previous.firstSavedAt === "string"
              ? previous.firstSavedAt
              : latest.at.toISOString(),
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
