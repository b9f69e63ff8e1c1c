/**
 * Admin: the audit log — every admin action with who, what, when and the before/after state,
 * newest first, filtered by action, target or actor. Targets are named (program title, exercise
 * slug, user email) by joins in the same query.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { aliasedTable, and, count, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";

import { auditLog, enrollments, exercises, programs, users } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";

export const ZAuditListRequest = z.object({
  action: z.string().trim().max(100, "Actions are short names like program.publish").optional(),
  targetType: z.string().trim().max(50, "Target types are short names like program").optional(),
  targetId: z.string().trim().max(200, "Target ids are at most 200 characters").optional(),
  actorId: z.uuid("Choose an admin").optional(),
  page: z.int().min(1, "Pages start at 1").default(1),
  pageSize: z.int().min(1).max(100, "At most 100 per page").default(50),
});

const ZAuditListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      at: z.date(),
      actor: z
        .object({ id: z.string(), name: z.string().nullable(), email: z.string() })
        .nullable(),
      action: z.string(),
      targetType: z.string(),
      targetId: z.string().nullable(),
      /** A readable name for the target, when it still exists. */
      targetLabel: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
  total: z.number(),
  /** Every action in the log, for the filter. */
  actions: z.array(z.string()),
});

const actor = aliasedTable(users, "actor");
const targetUser = aliasedTable(users, "target_user");
const enrolledUser = aliasedTable(users, "enrolled_user");

export const auditRouter = {
  list: adminProcedure
    .input(ZAuditListRequest)
    .output(ZAuditListResponse)
    .query(async ({ ctx, input }) => {
      const filter = and(
        input.action ? eq(auditLog.action, input.action) : undefined,
        input.targetType ? eq(auditLog.targetType, input.targetType) : undefined,
        input.targetId ? eq(auditLog.targetId, input.targetId) : undefined,
        input.actorId ? eq(auditLog.actorId, input.actorId) : undefined,
      );
      const is = (type: string) => eq(auditLog.targetType, type);
      const [rows, totals, actions] = await Promise.all([
        ctx.db
          .select({
            id: auditLog.id,
            at: auditLog.at,
            actorId: actor.id,
            actorName: actor.name,
            actorEmail: actor.email,
            action: auditLog.action,
            targetType: auditLog.targetType,
            targetId: auditLog.targetId,
            targetLabel: sql<string | null>`coalesce(
              ${programs.title},
              ${exercises.name},
              ${targetUser.email},
              ${enrolledUser.email}
            )`,
            before: auditLog.before,
            after: auditLog.after,
          })
          .from(auditLog)
          .leftJoin(actor, eq(actor.id, auditLog.actorId))
          .leftJoin(programs, and(is("program"), sql`${programs.id}::text = ${auditLog.targetId}`))
          .leftJoin(exercises, and(is("exercise"), eq(exercises.slug, auditLog.targetId)))
          .leftJoin(targetUser, and(is("user"), sql`${targetUser.id}::text = ${auditLog.targetId}`))
          .leftJoin(
            enrollments,
            and(is("enrollment"), sql`${enrollments.id}::text = ${auditLog.targetId}`),
          )
          .leftJoin(enrolledUser, eq(enrolledUser.id, enrollments.userId))
          .where(filter)
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(input.pageSize)
          .offset((input.page - 1) * input.pageSize),
        ctx.db.select({ total: count() }).from(auditLog).where(filter),
        ctx.db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action),
      ]);
      return {
        items: rows.map(({ actorId, actorName, actorEmail, ...row }) => ({
          ...row,
          actor: actorId && actorEmail ? { id: actorId, name: actorName, email: actorEmail } : null,
        })),
        total: totals[0]?.total ?? 0,
        actions: actions.map((row) => row.action),
      };
    }),
} satisfies TRPCRouterRecord;
