/**
 * Starts Stripe Checkout for one of our prices: a one-time payment for a program (lifetime
 * access) or a subscription for the membership (with the price's free trial for first-time
 * members). The customer is created or reused first and our user id travels in
 * `client_reference_id` and metadata; fulfilment happens later, from the webhook-driven sync.
 */
import type Stripe from "stripe";
import { and, eq, inArray } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { prices, products, purchases, subscriptions } from "@phasewise/db/schema";

import { ensureStripeCustomer, USER_ID_METADATA } from "../customers/ensure-stripe-customer";
import { BillingError } from "../errors";
import { idempotencyKey, paramsDigest, timeWindow } from "../stripe/idempotency";

export const PRICE_ID_METADATA = "phasewise_price_id";

export interface CreateCheckoutSessionInput {
  userId: string;
  /** Our price id (prices.id). */
  priceId: string;
  /** Origin of the storefront, e.g. https://phasewise.example (no trailing slash). */
  baseUrl: string;
  /** Where "back" on the Checkout page leads (a path on the storefront). */
  cancelPath?: string;
}

/** Subscriptions in these states already give (or are about to give) membership. */
const LIVE_SUBSCRIPTION = ["active", "trialing", "past_due", "incomplete", "paused"];

async function loadSellablePrice(db: Executor, priceId: string) {
  const [row] = await db
    .select({ price: prices, product: products })
    .from(prices)
    .innerJoin(products, eq(products.id, prices.productId))
    .where(eq(prices.id, priceId));
  if (!row?.price.active || !row.product.active) {
    throw new BillingError("NOT_FOUND", "That price is not on sale.");
  }
  if (!row.price.stripePriceId) {
    throw new BillingError(
      "PRECONDITION_FAILED",
      "That price is not available for purchase yet. Please try again later.",
    );
  }
  return { ...row, stripePriceId: row.price.stripePriceId };
}

async function refuseDuplicate(
  db: Executor,
  userId: string,
  product: typeof products.$inferSelect,
) {
  if (product.kind === "program" && product.programId) {
    const owned = await db
      .select({ id: purchases.id })
      .from(purchases)
      .where(
        and(
          eq(purchases.userId, userId),
          eq(purchases.programId, product.programId),
          eq(purchases.status, "paid"),
        ),
      );
    if (owned.length > 0) throw new BillingError("CONFLICT", "You already own this program.");
    return;
  }
  const live = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), inArray(subscriptions.status, LIVE_SUBSCRIPTION)));
  if (live.length > 0) {
    throw new BillingError(
      "CONFLICT",
      "You are already a member. Change or cancel your plan from Account → Billing.",
    );
  }
}

async function hadSubscriptionBefore(db: Executor, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(eq(subscriptions.userId, userId))
    .limit(1);
  return rows.length > 0;
}

export async function createCheckoutSession(
  db: Executor,
  stripe: Stripe,
  input: CreateCheckoutSessionInput,
): Promise<{ id: string; url: string }> {
  const { price, product, stripePriceId } = await loadSellablePrice(db, input.priceId);
  await refuseDuplicate(db, input.userId, product);
  const customer = await ensureStripeCustomer(db, stripe, input.userId);
  const metadata = { [USER_ID_METADATA]: input.userId, [PRICE_ID_METADATA]: price.id };
  const trialDays =
    price.type === "recurring" &&
    price.trialDays &&
    !(await hadSubscriptionBefore(db, input.userId))
      ? price.trialDays
      : undefined;

  const params: Stripe.Checkout.SessionCreateParams = {
    mode: price.type === "one_time" ? "payment" : "subscription",
    customer,
    client_reference_id: input.userId,
    metadata,
    line_items: [{ price: stripePriceId, quantity: 1 }],
    allow_promotion_codes: true,
    success_url: `${input.baseUrl}/checkout/return?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${input.baseUrl}${input.cancelPath ?? "/programs"}`,
    ...(price.type === "one_time"
      ? { payment_intent_data: { metadata } }
      : { subscription_data: { metadata, ...(trialDays && { trial_period_days: trialDays }) } }),
  };
  const session = await stripe.checkout.sessions.create(params, {
    // A double click or a retry inside ten minutes gets the same session, not a second one.
    idempotencyKey: idempotencyKey(
      "checkout",
      input.userId,
      price.id,
      timeWindow(10),
      paramsDigest(params),
    ),
  });
  if (!session.url) throw new Error(`Checkout Session ${session.id} has no url`);
  return { id: session.id, url: session.url };
}
