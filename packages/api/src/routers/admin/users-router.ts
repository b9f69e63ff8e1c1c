/** Admin: find users and change their role. Role changes are audited in the same transaction. */
import type { TRPCRouterRecord } from "@trpc/server";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";

import { users } from "@phasewise/db/schema";

import { writeAuditEntry } from "../../audit/write-audit-entry";
import { AppError } from "../../errors";
import { adminProcedure } from "../../trpc";
import { searchUsers } from "../../users/search-users";

const userRow = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  role: z.enum(["customer", "admin"]),
  createdAt: z.date(),
});

export const listUsersInput = z.object({
  query: z.string().trim().max(200, "Search with fewer than 200 characters").default(""),
  page: z.number().int().min(1, "Pages start at 1").default(1),
  pageSize: z.number().int().min(1).max(100, "At most 100 per page").default(25),
});

export const setUserRoleInput = z.object({
  userId: z.uuid("Pick a user"),
  role: z.enum(["customer", "admin"], "Role must be customer or admin"),
});

export const usersRouter = {
  list: adminProcedure
    .input(listUsersInput)
    .output(z.object({ items: z.array(userRow), total: z.number() }))
    .query(({ ctx, input }) => searchUsers(ctx.db, input)),

  setRole: adminProcedure
    .input(setUserRoleInput)
    .output(userRow)
    .mutation(({ ctx, input }) => {
      if (input.userId === ctx.user.id && input.role !== "admin") {
        throw new AppError("BAD_REQUEST", "You cannot remove your own admin role.", {
          role: ["Ask another admin to change your role."],
        });
      }
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx
          .select({ role: users.role })
          .from(users)
          .where(eq(users.id, input.userId))
          .for("update");
        if (!before) throw new AppError("NOT_FOUND", "That user does not exist.");
        const [after] = await tx
          .update(users)
          .set({ role: input.role })
          .where(and(eq(users.id, input.userId), ne(users.role, input.role)))
          .returning({
            id: users.id,
            name: users.name,
            email: users.email,
            role: users.role,
            createdAt: users.createdAt,
          });
        if (after) {
          await writeAuditEntry(tx, {
            actorId: ctx.user.id,
            action: "user.role.set",
            targetType: "user",
            targetId: input.userId,
            before,
            after: { role: after.role },
          });
          return after;
        }
        const [unchanged] = await tx
          .select({
            id: users.id,
            name: users.name,
            email: users.email,
            role: users.role,
            createdAt: users.createdAt,
          })
          .from(users)
          .where(eq(users.id, input.userId));
        if (!unchanged) throw new AppError("NOT_FOUND", "That user does not exist.");
        return unchanged;
      });
    }),
} satisfies TRPCRouterRecord;
