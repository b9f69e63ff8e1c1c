/**
 * The webhooks part's customers: users in our database who buy through the real billing code
 * (`createCheckoutSession`, which creates the Stripe customer first) and pay in the emulator
 * without a browser (`control.completeCheckoutSession`). Four profiles, one customer in four each,
 * so the events cover every handled kind the product sees most:
 *
 * - lifetime purchase + monthly membership in its free trial
 * - lifetime purchase + yearly membership cancelled at period end (`subscription.updated`)
 * - lifetime purchase refunded (`charge.refunded`) + yearly membership
 * - lifetime purchase + monthly membership cancelled now (`subscription.deleted`)
 *
 * Webhook delivery is off while this runs: nothing reaches our database but the users and the
 * Stripe customer links, so every purchase and subscription row is left for the sync to write.
 */
import { eq } from "drizzle-orm";

import type { createStripeClient } from "@phasewise/billing";
import type { Database } from "@phasewise/db/client";
import type { StripeEmulator } from "@phasewise/stripe-emulator";
import { createCheckoutSession } from "@phasewise/billing";
import { prices, stripeCustomers, users } from "@phasewise/db/schema";
import { kneePainSolution } from "@phasewise/domain";

import { runConcurrently } from "../api/run-concurrently";

export type StripeClient = ReturnType<typeof createStripeClient>;

export interface CatalogPrices {
  lifetime: string;
  monthly: string;
  yearly: string;
}

export interface BillingCustomer {
  userId: string;
  stripeCustomerId: string;
  profile: number;
}

export const profiles = [
  "lifetime + monthly (trialing)",
  "lifetime + yearly, cancels at period end",
  "lifetime refunded + yearly",
  "lifetime + monthly cancelled now",
] as const;

export async function loadCatalogPrices(db: Database): Promise<CatalogPrices> {
  const priceId = async (lookupKey: string) => {
    const [row] = await db
      .select({ id: prices.id })
      .from(prices)
      .where(eq(prices.lookupKey, lookupKey));
    if (!row) throw new Error(`The catalog has no price ${lookupKey}`);
    return row.id;
  };
  return {
    lifetime: await priceId(`${kneePainSolution.slug}-lifetime`),
    monthly: await priceId("membership-monthly"),
    yearly: await priceId("membership-yearly"),
  };
}

export interface CreateBillingCustomersOptions {
  db: Database;
  stripe: StripeClient;
  emulator: StripeEmulator;
  prices: CatalogPrices;
  count: number;
  concurrency: number;
}

export async function createBillingCustomers(
  options: CreateBillingCustomersOptions,
): Promise<BillingCustomer[]> {
  const { db, stripe, emulator, count } = options;
  const width = String(count).length;
  const inserted = await db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, index) => {
        const tag = String(index + 1).padStart(width, "0");
        return {
          email: `billing-bench-${tag}@bench.phasewise.local`,
          name: `Billing Customer ${tag}`,
        };
      }),
    )
    .returning({ id: users.id });

  /** Checkout for one of our prices, paid with the emulator's default card (4242). */
  const buy = async (userId: string, priceId: string) => {
    const session = await createCheckoutSession(db, stripe, {
      userId,
      priceId,
      baseUrl: "http://127.0.0.1",
    });
    const outcome = await emulator.control.completeCheckoutSession(session.id);
    if (outcome.status !== "completed") {
      throw new Error(`Checkout ${session.id} did not complete: ${outcome.status}`);
    }
    return stripe.checkout.sessions.retrieve(session.id);
  };

  const result = await runConcurrently(inserted.length, options.concurrency, async (index) => {
    const userId = inserted[index]?.id;
    if (!userId) throw new Error(`No user ${index}`);
    const profile = index % profiles.length;
    const lifetime = await buy(userId, options.prices.lifetime);
    const membership = await buy(
      userId,
      profile === 0 || profile === 3 ? options.prices.monthly : options.prices.yearly,
    );
    const subscriptionId =
      typeof membership.subscription === "string"
        ? membership.subscription
        : membership.subscription?.id;
    if (!subscriptionId) throw new Error(`Checkout ${membership.id} made no subscription`);
    if (profile === 1) {
      await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    } else if (profile === 2) {
      const intent =
        typeof lifetime.payment_intent === "string"
          ? lifetime.payment_intent
          : lifetime.payment_intent?.id;
      if (!intent) throw new Error(`Checkout ${lifetime.id} has no payment intent`);
      await stripe.refunds.create({ payment_intent: intent });
    } else if (profile === 3) {
      await stripe.subscriptions.cancel(subscriptionId);
    }
  });
  if (result.failures > 0) {
    throw new Error(
      `${result.failures} of ${count} customers could not be set up: ${result.firstFailure ?? "?"}`,
    );
  }

  const links = await db
    .select({ userId: stripeCustomers.userId, stripeCustomerId: stripeCustomers.stripeCustomerId })
    .from(stripeCustomers);
  const linkOf = new Map(links.map((link) => [link.userId, link.stripeCustomerId]));
  return inserted.map(({ id }, index) => {
    const stripeCustomerId = linkOf.get(id);
    if (!stripeCustomerId) throw new Error(`User ${id} has no Stripe customer`);
    return { userId: id, stripeCustomerId, profile: index % profiles.length };
  });
}
