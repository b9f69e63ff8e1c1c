/**
 * `billing.syncAfterCheckout`: the return page asks "is it mine yet?". Runs the webhook's sync
 * for the caller's own session, then answers from entitlements — never from the request itself.
 */
import { eq } from "drizzle-orm";

import { syncAfterCheckout as syncCheckout } from "@phasewise/billing";
import { prices, products, programs } from "@phasewise/db/schema";
import { findProgramAccess } from "@phasewise/domain";

import { loadProgramAccess } from "../../../access/load-entitlements";
import { protectedProcedure } from "../../../trpc";
import { billingCall, describeAccess, getStripe } from "./billing-services";
import { ZSyncAfterCheckoutRequest, ZSyncAfterCheckoutResponse } from "./billing.types";

export const syncAfterCheckout = protectedProcedure
  .input(ZSyncAfterCheckoutRequest)
  .output(ZSyncAfterCheckoutResponse)
  .mutation(({ ctx, input }) =>
    billingCall(async () => {
      const outcome = await syncCheckout(ctx.db, getStripe(), {
        userId: ctx.user.id,
        sessionId: input.sessionId,
      });
      const [bought] = outcome.priceId
        ? await ctx.db
            .select({ kind: products.kind, programId: products.programId, slug: programs.slug })
            .from(prices)
            .innerJoin(products, eq(products.id, prices.productId))
            .leftJoin(programs, eq(programs.id, products.programId))
            .where(eq(prices.id, outcome.priceId))
        : [];
      const { entitlements } = await loadProgramAccess(ctx.db, ctx.user.id, null);
      const entitlement =
        bought?.kind === "program" && bought.programId
          ? findProgramAccess(entitlements, bought.programId)
          : bought?.kind === "membership"
            ? entitlements.find(
                (candidate) =>
                  candidate.scope === "all-programs" && candidate.reason !== "admin-grant",
              )
            : undefined;
      const [access] = entitlement ? await describeAccess(ctx.db, [entitlement]) : [];
      return {
        status: outcome.status,
        paymentStatus: outcome.paymentStatus,
        access: access ?? null,
        nextPath: bought?.slug ? `/programs/${bought.slug}` : "/programs",
      };
    }),
  );
