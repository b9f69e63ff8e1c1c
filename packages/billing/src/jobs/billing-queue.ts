/**
 * The billing job queue on PostgreSQL (pg-boss, in its own `pgboss` schema that pg-boss installs
 * and migrates itself — it is not part of our Drizzle migrations).
 *
 * `sync-stripe-customer` is a *stately* queue keyed by the Stripe customer: at most one job per
 * customer waits and one runs, so a burst of events for one customer collapses into one queued
 * sync (which reads Stripe after all of them) and two syncs of a customer never run at once.
 * Failed jobs retry with exponential backoff, then land in the dead-letter queue for an admin.
 */
import { sql } from "drizzle-orm";
import { fromDrizzle, PgBoss } from "pg-boss";

import type { Executor } from "@phasewise/db/client";

export const PGBOSS_SCHEMA = "pgboss";
export const SYNC_QUEUE = "sync-stripe-customer";
export const SYNC_DEAD_LETTER_QUEUE = "sync-stripe-customer-dead";

export interface SyncJobData {
  stripeCustomerId: string;
  /** The event that asked for it (for the logs and the dead-letter view). */
  eventId?: string;
}

export interface RetryPolicy {
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) on each next one. */
  retryDelay: number;
  retryDelayMax: number;
  /** Seconds a running sync may take before it counts as failed (a killed worker). */
  expireInSeconds: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  retryLimit: 8,
  retryDelay: 5,
  retryDelayMax: 600,
  expireInSeconds: 120,
};

export interface BillingQueueOptions {
  connectionString: string;
  retry?: Partial<RetryPolicy>;
  /** Pool size of the queue's own connections. */
  maxConnections?: number;
  /** How often pg-boss looks for expired (e.g. killed-worker) jobs; default 60 s. */
  expiryCheckSeconds?: number;
}

/** Starts pg-boss (installing or migrating its schema) and creates or updates our queues. */
export async function startBillingQueue(options: BillingQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: PGBOSS_SCHEMA,
    max: options.maxConnections ?? 4,
    application_name: "phasewise-jobs",
    ...(options.expiryCheckSeconds && {
      superviseIntervalSeconds: options.expiryCheckSeconds,
      monitorIntervalSeconds: options.expiryCheckSeconds,
    }),
  });
  boss.on("error", (error) => console.error("[billing-queue]", error));
  await boss.start();
  const retry = { ...defaultRetryPolicy, ...options.retry };
  const queueOptions = {
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelay,
    retryBackoff: true,
    retryDelayMax: retry.retryDelayMax,
    expireInSeconds: retry.expireInSeconds,
    deadLetter: SYNC_DEAD_LETTER_QUEUE,
  };
  // Dead letters are kept for 30 days so someone can look at them and redrive.
  await boss.createQueue(SYNC_DEAD_LETTER_QUEUE, { retentionSeconds: 30 * 86_400 });
  await boss.createQueue(SYNC_QUEUE, { policy: "stately", ...queueOptions });
  // createQueue leaves an existing queue as it is: apply the current retry policy too.
  await boss.updateQueue(SYNC_QUEUE, queueOptions);
  return boss;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !Buffer.isBuffer(value)
  );
}

/**
 * pg-boss's Drizzle adapter on an open transaction (postgres.js underneath, which refuses plain
 * objects as parameters: JSON-encode them), so a job commits or rolls back with our own writes.
 */
export function jobsInTransaction(tx: Executor) {
  const inner = fromDrizzle(tx, sql);
  return {
    executeSql: (text: string, values?: unknown[]) =>
      inner.executeSql(
        text,
        values?.map((value) => (isPlainObject(value) ? JSON.stringify(value) : value)),
      ),
  };
}

/**
 * Enqueues a sync of the customer inside `tx`. Returns null when a sync of this customer is
 * already waiting: that one has not read Stripe yet, so it will see this change as well.
 */
export async function enqueueCustomerSync(
  boss: PgBoss,
  tx: Executor,
  data: SyncJobData,
): Promise<string | null> {
  return boss.send(SYNC_QUEUE, data, {
    singletonKey: data.stripeCustomerId,
    db: jobsInTransaction(tx),
  });
}
