/** `billing.startCheckout` and `billing.portal`: the Stripe-hosted pages, for the signed-in user. */
import { createBillingPortalSession, createCheckoutSession } from "@phasewise/billing";

import { protectedProcedure } from "../../../trpc";
import { billingCall, getStripe, storefrontOrigin } from "./billing-services";
import { ZRedirectResponse, ZStartCheckoutRequest } from "./billing.types";

export const startCheckout = protectedProcedure
  .input(ZStartCheckoutRequest)
  .output(ZRedirectResponse)
  .mutation(({ ctx, input }) =>
    billingCall(async () => {
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
