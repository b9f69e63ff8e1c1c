/**
 * Pure mapping from Stripe objects to our `purchases` and `subscriptions` rows. No I/O: given the
 * same Stripe state (and what we stored before), it always yields the same rows.
 */
import type Stripe from "stripe";

import type { Purchase, Subscription } from "@phasewise/db/schema";

import { fromUnixSeconds, idOf } from "../stripe/stripe-ids";

export interface KnownPrice {
  id: string;
  productId: string;
  programId: string | null;
  kind: "program" | "membership";
  stripePriceId: string | null;
}

export type PurchaseRow = Omit<Purchase, "id" | "createdAt">;
export type SubscriptionRow = Omit<Subscription, "id" | "createdAt" | "updatedAt">;

function purchaseStatus(
  session: Stripe.Checkout.Session,
  intent: Stripe.PaymentIntent | undefined,
  refunded: boolean,
): PurchaseRow["status"] {
  if (refunded) return "refunded";
  if (session.payment_status === "paid" || session.payment_status === "no_payment_required") {
    return "paid";
  }
  if (intent?.status === "succeeded") return "paid";
  if (intent?.status === "requires_payment_method" || intent?.status === "canceled") {
    return "failed";
  }
  return "pending";
}

/** A fully refunded payment; a partial refund keeps the purchase (and its access). */
function refundOf(charges: readonly Stripe.Charge[]): Date | null {
  const refunded = charges.find((charge) => charge.refunded);
  if (!refunded) return null;
  const times = (refunded.refunds?.data ?? []).map((refund) => refund.created);
  return fromUnixSeconds(times.length > 0 ? Math.max(...times) : refunded.created);
}

export function toPurchaseRow(
  userId: string,
  session: Stripe.Checkout.Session,
  price: KnownPrice,
  intent: Stripe.PaymentIntent | undefined,
  charges: readonly Stripe.Charge[],
  previous: Pick<Purchase, "refundedAt"> | undefined,
  now: Date,
): PurchaseRow {
  const refundedAt = refundOf(charges);
  const status = purchaseStatus(session, intent, refundedAt !== null);
  return {
    userId,
    productId: price.productId,
    programId: price.programId,
    priceId: price.id,
    status,
    amount: session.amount_total ?? 0,
    currency: session.currency ?? "usd",
    stripeCheckoutSessionId: session.id,
    stripePaymentIntentId: idOf(session.payment_intent),
    purchasedAt: fromUnixSeconds(session.created) ?? now,
    refundedAt: status === "refunded" ? (previous?.refundedAt ?? refundedAt ?? now) : null,
  };
}

/** When a subscription first became past_due: kept once known, else the failed invoice's time. */
function pastDueSince(
  subscription: Stripe.Subscription,
  previous: Pick<Subscription, "status" | "pastDueSince"> | undefined,
  now: Date,
): Date | null {
  if (subscription.status !== "past_due") return null;
  if (previous?.status === "past_due" && previous.pastDueSince) return previous.pastDueSince;
  const invoice = subscription.latest_invoice;
  if (invoice && typeof invoice !== "string") return fromUnixSeconds(invoice.created) ?? now;
  return now;
}

export function toSubscriptionRow(
  userId: string,
  subscription: Stripe.Subscription,
  price: KnownPrice,
  previous: Pick<Subscription, "status" | "pastDueSince"> | undefined,
  now: Date,
): SubscriptionRow {
  const periodEnds = subscription.items.data.map((item) => item.current_period_end);
  const periodEnd = periodEnds.length > 0 ? Math.max(...periodEnds) : null;
  // The portal may cancel with `cancel_at` (at the period end) instead of the boolean flag.
  const cancelsByPeriodEnd =
    subscription.cancel_at !== null && (periodEnd === null || subscription.cancel_at <= periodEnd);
  const end =
    cancelsByPeriodEnd && subscription.cancel_at !== null ? subscription.cancel_at : periodEnd;
  return {
    userId,
    stripeSubscriptionId: subscription.id,
    stripeCustomerId: idOf(subscription.customer) ?? "",
    priceId: price.id,
    // Paused collection keeps Stripe's status "active" while no money comes in: no access.
    status:
      subscription.pause_collection && ["active", "trialing"].includes(subscription.status)
        ? "paused"
        : subscription.status,
    currentPeriodEnd: fromUnixSeconds(end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end || cancelsByPeriodEnd,
    trialEnd: fromUnixSeconds(subscription.trial_end),
    pastDueSince: pastDueSince(subscription, previous, now),
    canceledAt: fromUnixSeconds(subscription.ended_at ?? subscription.canceled_at),
  };
}

/** The first of the subscription's prices that is in our catalog. */
export function knownPriceOf(
  subscription: Stripe.Subscription,
  byStripeId: ReadonlyMap<string, KnownPrice>,
): KnownPrice | undefined {
  for (const item of subscription.items.data) {
    const price = byStripeId.get(item.price.id);
    if (price) return price;
  }
  return undefined;
}
