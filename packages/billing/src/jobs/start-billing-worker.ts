/**
 * The process-wide billing queue and worker of the web app. `startBillingWorker()` is called once
 * from Next's `instrumentation.ts` (Node runtime): it starts pg-boss and works sync jobs in this
 * process. Without STRIPE_SECRET_KEY payments are off and it does nothing.
 */
import type { PgBoss } from "pg-boss";

import { getDb } from "@phasewise/db/client";

import { BillingConfigError, isBillingConfigured, readBillingEnv } from "../env";
import { getStripe } from "../stripe/stripe-client";
import { startBillingQueue } from "./billing-queue";
import { workCustomerSyncs } from "./sync-worker";

const cache = globalThis as unknown as {
  phasewiseBillingQueue?: Promise<PgBoss>;
  phasewiseBillingWorker?: Promise<string | null>;
};

/** The started queue for DATABASE_URL; a failed start is forgotten so the next call retries. */
export function getBillingQueue(): Promise<PgBoss> {
  if (!cache.phasewiseBillingQueue) {
    const env = readBillingEnv();
    if (!env.DATABASE_URL) throw new BillingConfigError("DATABASE_URL is not set");
    const starting = startBillingQueue({ connectionString: env.DATABASE_URL });
    cache.phasewiseBillingQueue = starting;
    starting.catch(() => {
      if (cache.phasewiseBillingQueue === starting) cache.phasewiseBillingQueue = undefined;
    });
  }
  return cache.phasewiseBillingQueue;
}

export function startBillingWorker(): Promise<string | null> {
  if (!isBillingConfigured()) {
    console.log("[billing] Payments are off: STRIPE_SECRET_KEY is not set.");
    return Promise.resolve(null);
  }
  cache.phasewiseBillingWorker ??= (async () => {
    const boss = await getBillingQueue();
    const id = await workCustomerSyncs(boss, getDb(), getStripe());
    console.log("[billing] Stripe sync worker started.");
    return id;
  })().catch((error: unknown) => {
    // Keep serving: webhooks still answer 5xx (so Stripe retries) until the queue comes up.
    console.error("[billing] The sync worker could not start:", error);
    cache.phasewiseBillingWorker = undefined;
    return null;
  });
  return cache.phasewiseBillingWorker;
}
