/** Writes one admin action to the audit log, inside the caller's transaction. */
import type { Executor } from "@phasewise/db/client";
import { auditLog } from "@phasewise/db/schema";

export interface AuditEntryInput {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: unknown;
  after?: unknown;
}

export async function writeAuditEntry(db: Executor, entry: AuditEntryInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
