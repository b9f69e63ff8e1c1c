/**
 * Reconciliation for missed webhooks: every customer Stripe reports a relevant event for in the
 * last N days, plus every customer we linked in that time, is synced again. The sync is
 * convergent, so running this any number of times is safe.
 */
import type Stripe from "stripe";
import { gte } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import { stripeCustomers } from "@phasewise/db/schema";

import type { SyncResult } from "../sync/sync-stripe-customer";
import { idOf } from "../stripe/stripe-ids";
import { syncStripeCustomer } from "../sync/sync-stripe-customer";
import { HANDLED_EVENTS } from "../webhook/verify-webhook";

export interface ReconcileResult {
  customers: number;
  synced: number;
  unknown: number;
  failed: { customerId: string; error: string }[];
}

export async function findChangedCustomers(
  db: Database,
  stripe: Stripe,
  since: Date,
): Promise<string[]> {
  const customers = new Set<string>();
  const events = stripe.events.list({
    types: [...HANDLED_EVENTS],
    created: { gte: Math.floor(since.getTime() / 1000) },
    limit: 100,
  });
  for await (const event of events) {
    const object = event.data.object as { customer?: string | { id: string } | null };
    const customer = idOf(object.customer);
    if (customer) customers.add(customer);
  }
  const linked = await db
    .select({ id: stripeCustomers.stripeCustomerId })
    .from(stripeCustomers)
    .where(gte(stripeCustomers.createdAt, since));
  for (const row of linked) customers.add(row.id);
  return [...customers];
}

export async function reconcileCustomers(
  db: Database,
  stripe: Stripe,
  options: { days: number; now?: Date; onCustomer?: (id: string, result: SyncResult) => void },
): Promise<ReconcileResult> {
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - options.days * 86_400_000);
  const customers = await findChangedCustomers(db, stripe, since);
  const result: ReconcileResult = {
    customers: customers.length,
    synced: 0,
    unknown: 0,
    failed: [],
  };
  for (const customerId of customers) {
    try {
      const synced = await syncStripeCustomer(db, stripe, customerId);
      if (synced.status === "synced") result.synced++;
      else result.unknown++;
      options.onCustomer?.(customerId, synced);
    } catch (error) {
      result.failed.push({
        customerId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return result;
}
