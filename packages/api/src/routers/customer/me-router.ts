/** The signed-in customer's own profile. Every query is filtered by ctx.user.id in SQL. */
import type { TRPCRouterRecord } from "@trpc/server";
import { eq } from "drizzle-orm";
import { z } from "zod";

import { users } from "@phasewise/db/schema";

import { AppError } from "../../errors";
import { protectedProcedure } from "../../trpc";

const profileOutput = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  role: z.enum(["customer", "admin"]),
  createdAt: z.date(),
});

export const updateProfileInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(80, "Keep your name under 80 characters"),
});

export const meRouter = {
  get: protectedProcedure.output(profileOutput).query(async ({ ctx }) => {
    const [row] = await ctx.db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(eq(users.id, ctx.user.id));
    if (!row) throw new AppError("NOT_FOUND", "Your account no longer exists.");
    return row;
  }),

  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .output(profileOutput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.db
        .update(users)
        .set({ name: input.name })
        .where(eq(users.id, ctx.user.id))
        .returning({
          id: users.id,
          name: users.name,
          email: users.email,
          role: users.role,
          createdAt: users.createdAt,
        });
      if (!row) throw new AppError("NOT_FOUND", "Your account no longer exists.");
      return row;
    }),
} satisfies TRPCRouterRecord;
