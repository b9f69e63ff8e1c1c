/**
 * `syncStripeCustomer`: makes our purchases and subscriptions of one Stripe customer equal to
 * what Stripe says right now. Convergent and idempotent — any number of runs, in any order, for
 * any events, end in the same rows — so webhooks only need to say *which* customer changed.
 *
 * One transaction per run, holding an advisory lock on the customer while Stripe is read and the
 * rows are written: two runs for the same customer cannot interleave and let an older read
 * overwrite a newer one. A Stripe failure rolls everything back (the job retries).
 */
import type Stripe from "stripe";
import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";

import type { Database, Transaction } from "@phasewise/db/client";
import {
  prices,
  products,
  purchases,
  stripeCustomers,
  stripeEvents,
  subscriptions,
  users,
} from "@phasewise/db/schema";

import type { KnownPrice } from "./billing-rows";
import { PRICE_ID_METADATA } from "../checkout/create-checkout-session";
import { USER_ID_METADATA } from "../customers/ensure-stripe-customer";
import { isResourceMissing } from "../stripe/stripe-ids";
import { knownPriceOf, toPurchaseRow, toSubscriptionRow } from "./billing-rows";
import { readStripeCustomerState } from "./read-stripe-state";

/** Namespace of our advisory locks (first key), so they never collide with other users of them. */
const CUSTOMER_LOCK_NAMESPACE = 7_301;

export type SyncResult =
  | { status: "synced"; userId: string; purchases: number; subscriptions: number }
  | { status: "unknown-customer" };

/** Our user for a Stripe customer: the stored link, else the user id we put in its metadata. */
async function findOwner(tx: Transaction, stripe: Stripe, customerId: string) {
  const [linked] = await tx
    .select({ userId: stripeCustomers.userId })
    .from(stripeCustomers)
    .where(eq(stripeCustomers.stripeCustomerId, customerId));
  if (linked) return linked.userId;
  const customer = await stripe.customers.retrieve(customerId).catch((error: unknown) => {
    if (isResourceMissing(error)) return null; // not a customer of this Stripe account
    throw error;
  });
  const userId = !customer || customer.deleted ? undefined : customer.metadata[USER_ID_METADATA];
  if (!userId) return null;
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [inserted] = await tx
    .insert(stripeCustomers)
    .values({ userId, stripeCustomerId: customerId })
    .onConflictDoNothing()
    .returning({ userId: stripeCustomers.userId });
  return inserted?.userId ?? null;
}

async function loadKnownPrices(tx: Transaction) {
  const rows = await tx
    .select({
      id: prices.id,
      productId: prices.productId,
      programId: products.programId,
      kind: products.kind,
      stripePriceId: prices.stripePriceId,
    })
    .from(prices)
    .innerJoin(products, eq(products.id, prices.productId));
  const byId = new Map<string, KnownPrice>(rows.map((row) => [row.id, row]));
  const byStripeId = new Map<string, KnownPrice>(
    rows.flatMap((row) => (row.stripePriceId ? [[row.stripePriceId, row] as const] : [])),
  );
  return { byId, byStripeId };
}

async function priceOfSession(
  stripe: Stripe,
  session: Stripe.Checkout.Session,
  known: Awaited<ReturnType<typeof loadKnownPrices>>,
): Promise<KnownPrice | undefined> {
  const fromMetadata = session.metadata?.[PRICE_ID_METADATA];
  const byMetadata = fromMetadata ? known.byId.get(fromMetadata) : undefined;
  if (byMetadata) return byMetadata;
  const items = await stripe.checkout.sessions.listLineItems(session.id, { limit: 10 });
  for (const item of items.data) {
    const price = item.price ? known.byStripeId.get(item.price.id) : undefined;
    if (price) return price;
  }
  return undefined;
}

export async function syncStripeCustomer(
  db: Database,
  stripe: Stripe,
  customerId: string,
  options: { now?: Date } = {},
): Promise<SyncResult> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${CUSTOMER_LOCK_NAMESPACE}, hashtext(${customerId}))`,
    );
    const userId = await findOwner(tx, stripe, customerId);
    if (!userId) return { status: "unknown-customer" } as const;

    const state = await readStripeCustomerState(stripe, customerId);
    const known = await loadKnownPrices(tx);

    const sessionIds = state.checkoutSessions.map((session) => session.id);
    const previousPurchases = sessionIds.length
      ? await tx
          .select({
            sessionId: purchases.stripeCheckoutSessionId,
            refundedAt: purchases.refundedAt,
          })
          .from(purchases)
          .where(inArray(purchases.stripeCheckoutSessionId, sessionIds))
      : [];
    let purchaseCount = 0;
    for (const session of state.checkoutSessions) {
      const price = await priceOfSession(stripe, session, known);
      if (!price) continue; // not something we sell: never turn it into access
      const intentId =
        typeof session.payment_intent === "string"
          ? session.payment_intent
          : session.payment_intent?.id;
      const row = toPurchaseRow(
        userId,
        session,
        price,
        intentId ? state.paymentIntents.get(intentId) : undefined,
        intentId ? (state.chargesByPaymentIntent.get(intentId) ?? []) : [],
        previousPurchases.find((previous) => previous.sessionId === session.id),
        now,
      );
      await tx
        .insert(purchases)
        .values(row)
        .onConflictDoUpdate({
          target: purchases.stripeCheckoutSessionId,
          set: {
            status: row.status,
            amount: row.amount,
            stripePaymentIntentId: row.stripePaymentIntentId,
            refundedAt: row.refundedAt,
          },
        });
      purchaseCount++;
    }

    const subscriptionIds = state.subscriptions.map((subscription) => subscription.id);
    const previousSubscriptions = subscriptionIds.length
      ? await tx
          .select({
            stripeId: subscriptions.stripeSubscriptionId,
            status: subscriptions.status,
            pastDueSince: subscriptions.pastDueSince,
          })
          .from(subscriptions)
          .where(inArray(subscriptions.stripeSubscriptionId, subscriptionIds))
      : [];
    let subscriptionCount = 0;
    for (const subscription of state.subscriptions) {
      const price = knownPriceOf(subscription, known.byStripeId);
      if (price?.kind !== "membership") continue;
      const row = toSubscriptionRow(
        userId,
        subscription,
        price,
        previousSubscriptions.find((previous) => previous.stripeId === subscription.id),
        now,
      );
      await tx
        .insert(subscriptions)
        .values(row)
        .onConflictDoUpdate({
          target: subscriptions.stripeSubscriptionId,
          set: { ...row, updatedAt: now },
        });
      subscriptionCount++;
    }

    await tx
      .update(stripeCustomers)
      .set({ syncedAt: now })
      .where(eq(stripeCustomers.stripeCustomerId, customerId));
    // Events recorded before this transaction began are reflected in what we just read.
    await tx
      .update(stripeEvents)
      .set({ processedAt: sql`now()` })
      .where(
        and(
          eq(stripeEvents.stripeCustomerId, customerId),
          isNull(stripeEvents.processedAt),
          lte(stripeEvents.receivedAt, sql`now()`),
        ),
      );
    return {
      status: "synced",
      userId,
      purchases: purchaseCount,
      subscriptions: subscriptionCount,
    } as const;
  });
}
