/**
 * "The database matches Stripe": for every customer, the purchases and subscriptions rows equal
 * what the emulator reports. Stripe's side is read once with the SDK (it does not change while the
 * sync runs; it is read again at the end to confirm), ours is polled with two cheap queries.
 *
 * Compared, per customer:
 * - purchases: one row per completed one-time Checkout Session, with its amount, `refunded` when
 *   its charge was refunded, else `paid`;
 * - subscriptions: one row per subscription (any status), with its status and whether it ends at
 *   the period end.
 */
import { inArray } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import { purchases, subscriptions } from "@phasewise/db/schema";

import type { BillingCustomer, StripeClient } from "./create-billing-customers";
import { runConcurrently } from "../api/run-concurrently";

/** Per user id: sorted keys of what they should hold (or hold). */
export type BillingState = Map<string, { purchases: string[]; subscriptions: string[] }>;

const purchaseKey = (sessionId: string | null, status: string, amount: number) =>
  `${sessionId ?? "?"}:${status}:${amount}`;
const subscriptionKey = (id: string, status: string, endsAtPeriodEnd: boolean) =>
  `${id}:${status}:${endsAtPeriodEnd ? "ends" : "renews"}`;

export async function readStripeState(
  stripe: StripeClient,
  customers: readonly BillingCustomer[],
): Promise<BillingState> {
  const state: BillingState = new Map();
  const read = await runConcurrently(customers.length, 8, async (index) => {
    const customer = customers[index];
    if (!customer) return;
    const id = customer.stripeCustomerId;
    const [subscriptionList, sessions, charges] = await Promise.all([
      stripe.subscriptions.list({ customer: id, status: "all", limit: 100 }),
      stripe.checkout.sessions.list({ customer: id, status: "complete", limit: 100 }),
      stripe.charges.list({ customer: id, limit: 100 }),
    ]);
    const refundedIntents = new Set(
      charges.data.flatMap((charge) => {
        const intent =
          typeof charge.payment_intent === "string"
            ? charge.payment_intent
            : charge.payment_intent?.id;
        return charge.refunded && intent ? [intent] : [];
      }),
    );
    state.set(customer.userId, {
      purchases: sessions.data
        .filter((session) => session.mode === "payment")
        .map((session) => {
          const intent =
            typeof session.payment_intent === "string"
              ? session.payment_intent
              : session.payment_intent?.id;
          const status =
            intent && refundedIntents.has(intent)
              ? "refunded"
              : session.payment_status === "paid"
                ? "paid"
                : "pending";
          return purchaseKey(session.id, status, session.amount_total ?? 0);
        })
        .sort(),
      subscriptions: subscriptionList.data
        .map((subscription) =>
          subscriptionKey(
            subscription.id,
            subscription.status,
            subscription.cancel_at_period_end || subscription.cancel_at !== null,
          ),
        )
        .sort(),
    });
  });
  if (read.failures > 0) {
    throw new Error(`Could not read Stripe for ${read.failures} customers: ${read.firstFailure}`);
  }
  return state;
}

export async function readDatabaseState(
  db: Database,
  customers: readonly BillingCustomer[],
): Promise<BillingState> {
  const userIds = customers.map((customer) => customer.userId);
  const [purchaseRows, subscriptionRows] = await Promise.all([
    db
      .select({
        userId: purchases.userId,
        sessionId: purchases.stripeCheckoutSessionId,
        status: purchases.status,
        amount: purchases.amount,
      })
      .from(purchases)
      .where(inArray(purchases.userId, userIds)),
    db
      .select({
        userId: subscriptions.userId,
        id: subscriptions.stripeSubscriptionId,
        status: subscriptions.status,
        cancelAtPeriodEnd: subscriptions.cancelAtPeriodEnd,
      })
      .from(subscriptions)
      .where(inArray(subscriptions.userId, userIds)),
  ]);
  const state: BillingState = new Map(
    userIds.map((userId) => [userId, { purchases: [], subscriptions: [] }]),
  );
  for (const row of purchaseRows) {
    state.get(row.userId)?.purchases.push(purchaseKey(row.sessionId, row.status, row.amount));
  }
  for (const row of subscriptionRows) {
    state
      .get(row.userId)
      ?.subscriptions.push(subscriptionKey(row.id, row.status, row.cancelAtPeriodEnd));
  }
  for (const held of state.values()) {
    held.purchases.sort();
    held.subscriptions.sort();
  }
  return state;
}

/** User ids whose rows differ from `expected`. */
export function differingCustomers(expected: BillingState, actual: BillingState): string[] {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((value, index) => value === b[index]);
  return [...expected].flatMap(([userId, wanted]) => {
    const held = actual.get(userId);
    return held &&
      same(wanted.purchases, held.purchases) &&
      same(wanted.subscriptions, held.subscriptions)
      ? []
      : [userId];
  });
}

export function describeState(state: BillingState) {
  let purchaseCount = 0;
  let subscriptionCount = 0;
  for (const held of state.values()) {
    purchaseCount += held.purchases.length;
    subscriptionCount += held.subscriptions.length;
  }
  return { purchases: purchaseCount, subscriptions: subscriptionCount };
}
