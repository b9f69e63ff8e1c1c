/**
 * `billing.startCheckout` and `billing.portal`: the Stripe-hosted pages, for the signed-in user.
 * An archived program's own price is not sold any more (the membership still is).
 */
import { eq } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { createBillingPortalSession, createCheckoutSession } from "@phasewise/billing";
import { prices, products, programs } from "@phasewise/db/schema";

import { AppError } from "../../../errors";
import { protectedProcedure } from "../../../trpc";
import { billingCall, getStripe, storefrontOrigin } from "./billing-services";
import { ZRedirectResponse, ZStartCheckoutRequest } from "./billing.types";

async function refuseArchivedProgram(db: Executor, priceId: string): Promise<void> {
  const [program] = await db
    .select({ title: programs.title, archivedAt: programs.archivedAt })
    .from(prices)
    .innerJoin(products, eq(products.id, prices.productId))
    .innerJoin(programs, eq(programs.id, products.programId))
    .where(eq(prices.id, priceId));
  if (program?.archivedAt) {
    // Not BAD_REQUEST: the checkout page shows this message as it is.
    throw new AppError("PRECONDITION_FAILED", `“${program.title}” is no longer available to buy.`);
  }
}

export const startCheckout = protectedProcedure
  .input(ZStartCheckoutRequest)
  .output(ZRedirectResponse)
  .mutation(({ ctx, input }) =>
    billingCall(async () => {
      await refuseArchivedProgram(ctx.db, input.priceId);
      const session = await createCheckoutSession(ctx.db, getStripe(), {
        userId: ctx.user.id,
        priceId: input.priceId,
        baseUrl: storefrontOrigin(ctx.headers),
        cancelPath: input.returnPath,
      });
      return { url: session.url };
    }),
  );

export const portal = protectedProcedure.output(ZRedirectResponse).mutation(({ ctx }) =>
  billingCall(() =>
    createBillingPortalSession(ctx.db, getStripe(), {
      userId: ctx.user.id,
      returnUrl: `${storefrontOrigin(ctx.headers)}/account/billing`,
    }),
  ),
);
