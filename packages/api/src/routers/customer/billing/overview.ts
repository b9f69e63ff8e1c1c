/**
 * `billing.overview`: Account → Billing. The plan and purchases come from our rows, access from
 * entitlements (with its reason), invoices and receipts from Stripe (optional: the page still
 * works when Stripe cannot be reached). Every read is filtered by the signed-in user in SQL.
 */
import { desc, eq } from "drizzle-orm";

import { loadBillingHistory } from "@phasewise/billing";
import { prices, products, purchases, stripeCustomers, subscriptions } from "@phasewise/db/schema";

import { loadProgramAccess, pastDueGraceDays } from "../../../access/load-entitlements";
import { protectedProcedure } from "../../../trpc";
import { describeAccess, getStripe, isBillingConfigured, isTestPayments } from "./billing-services";
import { ZOverviewResponse } from "./billing.types";

const DAY_MS = 86_400_000;

/** Live plans first (they are what the customer has now), then the most recent ended one. */
const statusRank: Record<string, number> = { active: 0, trialing: 0, past_due: 1, paused: 2 };

type SubscriptionRow = typeof subscriptions.$inferSelect;

function planDates(row: SubscriptionRow) {
  const ended = ["canceled", "unpaid", "incomplete_expired"].includes(row.status);
  if (row.status === "past_due") {
    const since = row.pastDueSince ?? row.currentPeriodEnd;
    return {
      renewsAt: null,
      endsAt: since ? new Date(since.getTime() + pastDueGraceDays * DAY_MS) : null,
    };
  }
  if (ended) return { renewsAt: null, endsAt: row.canceledAt ?? row.currentPeriodEnd };
  if (row.cancelAtPeriodEnd) return { renewsAt: null, endsAt: row.currentPeriodEnd };
  return { renewsAt: row.currentPeriodEnd, endsAt: null };
}

export const overview = protectedProcedure.output(ZOverviewResponse).query(async ({ ctx }) => {
  const userId = ctx.user.id;
  const [customer] = await ctx.db
    .select({ id: stripeCustomers.stripeCustomerId })
    .from(stripeCustomers)
    .where(eq(stripeCustomers.userId, userId));
  const subscriptionRows = await ctx.db
    .select({ subscription: subscriptions, price: prices, productName: products.name })
    .from(subscriptions)
    .leftJoin(prices, eq(prices.id, subscriptions.priceId))
    .leftJoin(products, eq(products.id, prices.productId))
    .where(eq(subscriptions.userId, userId))
    .orderBy(desc(subscriptions.createdAt));
  const purchaseRows = await ctx.db
    .select({ purchase: purchases, name: products.name })
    .from(purchases)
    .innerJoin(products, eq(products.id, purchases.productId))
    .where(eq(purchases.userId, userId))
    .orderBy(desc(purchases.purchasedAt));
  const { entitlements } = await loadProgramAccess(ctx.db, userId, null);

  const current = [...subscriptionRows].sort(
    (a, b) => (statusRank[a.subscription.status] ?? 9) - (statusRank[b.subscription.status] ?? 9),
  )[0];
  let history = null;
  if (customer && isBillingConfigured()) {
    const oneTime = purchaseRows.flatMap((row) =>
      row.purchase.stripePaymentIntentId ? [row.purchase.stripePaymentIntentId] : [],
    );
    history = await loadBillingHistory(getStripe(), customer.id, oneTime).catch(
      (error: unknown) => {
        console.error("[billing] could not load invoices from Stripe:", error);
        return null;
      },
    );
  }

  return {
    testPayments: isBillingConfigured() && isTestPayments(),
    hasBillingAccount: customer !== undefined,
    plan: current
      ? {
          name: current.productName ?? "Membership",
          interval: current.price?.interval ?? null,
          amount: current.price?.unitAmount ?? null,
          currency: current.price?.currency ?? null,
          status: current.subscription.status,
          cancelAtPeriodEnd: current.subscription.cancelAtPeriodEnd,
          trialEndsAt:
            current.subscription.status === "trialing" ? current.subscription.trialEnd : null,
          pastDueSince: current.subscription.pastDueSince,
          ...planDates(current.subscription),
        }
      : null,
    purchases: purchaseRows.map(({ purchase, name }) => ({
      id: purchase.id,
      name,
      status: purchase.status,
      amount: purchase.amount,
      currency: purchase.currency,
      purchasedAt: purchase.purchasedAt,
      refundedAt: purchase.refundedAt,
    })),
    access: await describeAccess(ctx.db, entitlements),
    history,
  };
});
