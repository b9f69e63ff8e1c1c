/**
 * Admin: Stripe syncs that failed every retry (the dead-letter queue of `sync-stripe-customer`),
 * and sending them back to be retried once the cause is fixed. Redrives are audited.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import { listDeadLetters, redriveDeadLetters } from "@phasewise/billing";
import { getBillingQueue } from "@phasewise/billing/worker";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { adminProcedure } from "../../../trpc";

const deadLetterRow = z.object({
  id: z.string(),
  stripeCustomerId: z.string(),
  eventId: z.string().nullable(),
  retries: z.number().nullable(),
  error: z.string(),
  createdOn: z.date(),
});

export const billingRouter = {
  deadLetters: adminProcedure.output(z.array(deadLetterRow)).query(async () => {
    const letters = await listDeadLetters(await getBillingQueue());
    return letters.map(({ id, stripeCustomerId, eventId, retries, error, createdOn }) => ({
      id,
      stripeCustomerId,
      eventId,
      retries,
      error,
      createdOn,
    }));
  }),

  redrive: adminProcedure
    .input(
      z.object({
        ids: z
          .array(z.uuid("Pick dead letters from the list"))
          .max(500, "At most 500 at once")
          .optional(),
      }),
    )
    .output(z.object({ redriven: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const redriven = await redriveDeadLetters(await getBillingQueue(), input.ids);
      await writeAuditEntry(ctx.db, {
        actorId: ctx.user.id,
        action: "billing.dead-letters.redrive",
        targetType: "billing-sync",
        targetId: null,
        before: { ids: input.ids ?? "all" },
        after: { redriven },
      });
      return { redriven };
    }),
} satisfies TRPCRouterRecord;
