/**
 * Admin: find customers, see everything about one (billing, access with its reason, grants,
 * enrolments, recent sessions) and grant or revoke access. Grants and revocations are audited
 * in the same transaction; a revoked grant is kept with who revoked it and why.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import {
  accessGrants,
  enrollments,
  products,
  programs,
  programVersions,
  purchases,
  sessionLogs,
  subscriptions,
  users,
} from "@phasewise/db/schema";

import { loadProgramAccess } from "../../../access/load-entitlements";
import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { searchUsers } from "../../../users/search-users";
import { refundPurchaseProcedure, sendSignInLinkProcedure } from "./customer-actions";
import {
  getCustomerInput,
  grantAccessInput,
  revokeAccessInput,
  searchCustomersInput,
} from "./customers.schemas";

const customerRow = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  role: z.enum(["customer", "admin"]),
  createdAt: z.date(),
});

/** Sessions listed on the page, and sessions drawn in its pain trend (the latest of each). */
const RECENT_SESSIONS = 10;
const PAIN_TREND_SESSIONS = 60;

const grantColumns = {
  id: accessGrants.id,
  userId: accessGrants.userId,
  programId: accessGrants.programId,
  reason: accessGrants.reason,
  grantedBy: accessGrants.grantedBy,
  grantedAt: accessGrants.grantedAt,
  expiresAt: accessGrants.expiresAt,
  revokedAt: accessGrants.revokedAt,
  revokedBy: accessGrants.revokedBy,
  revokeReason: accessGrants.revokeReason,
};

export const customersRouter = {
  search: adminProcedure
    .input(searchCustomersInput)
    .output(z.object({ items: z.array(customerRow), total: z.number() }))
    .query(({ ctx, input }) => searchUsers(ctx.db, input)),

  /** One customer in a fixed number of queries (eight, whatever the amount of data). */
  get: adminProcedure.input(getCustomerInput).query(async ({ ctx, input }) => {
    const { userId } = input;
    const [profile] = await ctx.db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        emailVerified: users.emailVerified,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(eq(users.id, userId));
    if (!profile) throw new AppError("NOT_FOUND", "That customer does not exist.");

    const grantedBy = ctx.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .as("granted_by_user");
    const [
      programList,
      purchaseRows,
      subscriptionRows,
      grantRows,
      enrollmentRows,
      sessionRows,
      access,
    ] = await Promise.all([
      ctx.db
        .select({ id: programs.id, slug: programs.slug, title: programs.title })
        .from(programs)
        .orderBy(programs.title),
      ctx.db
        .select({
          id: purchases.id,
          productName: products.name,
          programId: purchases.programId,
          status: purchases.status,
          amount: purchases.amount,
          currency: purchases.currency,
          purchasedAt: purchases.purchasedAt,
          refundedAt: purchases.refundedAt,
        })
        .from(purchases)
        .innerJoin(products, eq(products.id, purchases.productId))
        .where(eq(purchases.userId, userId))
        .orderBy(desc(purchases.purchasedAt)),
      ctx.db
        .select({
          id: subscriptions.id,
          status: subscriptions.status,
          currentPeriodEnd: subscriptions.currentPeriodEnd,
          cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
          trialEnd: subscriptions.trialEnd,
          canceledAt: subscriptions.canceledAt,
          createdAt: subscriptions.createdAt,
        })
        .from(subscriptions)
        .where(eq(subscriptions.userId, userId))
        .orderBy(desc(subscriptions.createdAt)),
      ctx.db
        .select({ ...grantColumns, grantedByEmail: grantedBy.email })
        .from(accessGrants)
        .leftJoin(grantedBy, eq(grantedBy.id, accessGrants.grantedBy))
        .where(eq(accessGrants.userId, userId))
        .orderBy(desc(accessGrants.grantedAt)),
      ctx.db
        .select({
          id: enrollments.id,
          programId: enrollments.programId,
          programTitle: programs.title,
          version: programVersions.version,
          currentPhaseKey: enrollments.currentPhaseKey,
          startedAt: enrollments.startedAt,
          completedAt: enrollments.completedAt,
        })
        .from(enrollments)
        .innerJoin(programs, eq(programs.id, enrollments.programId))
        .innerJoin(programVersions, eq(programVersions.id, enrollments.programVersionId))
        .where(eq(enrollments.userId, userId))
        .orderBy(desc(enrollments.startedAt)),
      ctx.db
        .select({
          id: sessionLogs.id,
          enrollmentId: sessionLogs.enrollmentId,
          phaseKey: sessionLogs.phaseKey,
          sessionKey: sessionLogs.sessionKey,
          completed: sessionLogs.completed,
          painBefore: sessionLogs.painBefore,
          painDuring: sessionLogs.painDuring,
          painAfter: sessionLogs.painAfter,
          sharpPain: sessionLogs.sharpPain,
          endedAt: sessionLogs.endedAt,
        })
        .from(sessionLogs)
        .where(eq(sessionLogs.userId, userId))
        .orderBy(desc(sessionLogs.endedAt))
        .limit(PAIN_TREND_SESSIONS),
      loadProgramAccess(ctx.db, userId, null),
    ]);

    const titles = new Map(programList.map((program) => [program.id, program.title]));
    const now = new Date();
    return {
      profile,
      programs: programList,
      purchases: purchaseRows.map((purchase) => ({
        ...purchase,
        programTitle: purchase.programId ? (titles.get(purchase.programId) ?? null) : null,
      })),
      subscriptions: subscriptionRows,
      access: access.entitlements.map((entitlement) => ({
        programId: entitlement.scope === "program" ? entitlement.programId : null,
        programTitle:
          entitlement.scope === "program"
            ? (titles.get(entitlement.programId) ?? "Unknown program")
            : "All programs",
        reason: entitlement.reason,
        until: entitlement.until,
        sourceId: entitlement.sourceId,
      })),
      grants: grantRows.map((grant) => ({
        ...grant,
        programTitle: grant.programId
          ? (titles.get(grant.programId) ?? "Unknown program")
          : "All programs",
        state: grant.revokedAt
          ? ("revoked" as const)
          : grant.expiresAt && grant.expiresAt <= now
            ? ("expired" as const)
            : ("active" as const),
      })),
      enrollments: enrollmentRows,
      sessions: sessionRows.slice(0, RECENT_SESSIONS),
      // The pain trend: the same latest sessions, drawn oldest first.
      painTrend: sessionRows
        .map(({ endedAt, painBefore, painDuring, painAfter }) => ({
          endedAt,
          painBefore,
          painDuring,
          painAfter,
        }))
        .reverse(),
    };
  }),

  grantAccess: adminProcedure.input(grantAccessInput).mutation(({ ctx, input }) => {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new AppError("BAD_REQUEST", "The end date must be in the future.", {
        expiresAt: ["Pick a date in the future, or leave it empty for no end."],
      });
    }
    return ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.id, input.userId));
      if (!user) throw new AppError("NOT_FOUND", "That customer does not exist.");
      if (input.programId) {
        const [program] = await tx
          .select({ id: programs.id })
          .from(programs)
          .where(eq(programs.id, input.programId));
        if (!program) {
          throw new AppError("NOT_FOUND", "That program does not exist.", {
            programId: ["Pick a program from the list."],
          });
        }
      }
      const [grant] = await tx
        .insert(accessGrants)
        .values({
          userId: input.userId,
          programId: input.programId,
          reason: input.reason,
          grantedBy: ctx.user.id,
          expiresAt: input.expiresAt ?? null,
        })
        .returning(grantColumns);
      if (!grant) throw new Error("Inserting the grant returned no row.");
      await writeAuditEntry(tx, {
        actorId: ctx.user.id,
        action: "customer.access.grant",
        targetType: "access_grant",
        targetId: grant.id,
        before: null,
        after: {
          userId: grant.userId,
          programId: grant.programId,
          reason: grant.reason,
          expiresAt: grant.expiresAt,
        },
      });
      return grant;
    });
  }),

  revokeAccess: adminProcedure.input(revokeAccessInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const [before] = await tx
        .select(grantColumns)
        .from(accessGrants)
        .where(eq(accessGrants.id, input.grantId))
        .for("update");
      if (!before) throw new AppError("NOT_FOUND", "That grant does not exist.");
      if (before.revokedAt) {
        throw new AppError("CONFLICT", "That grant has already been revoked.");
      }
      const [after] = await tx
        .update(accessGrants)
        .set({ revokedAt: new Date(), revokedBy: ctx.user.id, revokeReason: input.reason })
        .where(and(eq(accessGrants.id, input.grantId), isNull(accessGrants.revokedAt)))
        .returning(grantColumns);
      if (!after) throw new AppError("CONFLICT", "That grant has already been revoked.");
      await writeAuditEntry(tx, {
        actorId: ctx.user.id,
        action: "customer.access.revoke",
        targetType: "access_grant",
        targetId: after.id,
        before: { userId: before.userId, programId: before.programId, revokedAt: null },
        after: {
          userId: after.userId,
          programId: after.programId,
          revokedAt: after.revokedAt,
          revokedBy: after.revokedBy,
          revokeReason: after.revokeReason,
        },
      });
      return after;
    }),
  ),

  refundPurchase: refundPurchaseProcedure,
  sendSignInLink: sendSignInLinkProcedure,
} satisfies TRPCRouterRecord;
