/**
 * The worker of `sync-stripe-customer`: each job runs `syncStripeCustomer` for its customer. A
 * throw fails the attempt (pg-boss retries with backoff, then dead-letters it); a worker killed
 * mid-job leaves it `active` until it expires, after which it is picked up again — the sync is
 * convergent, so running it twice has one effect.
 */
import type { PgBoss } from "pg-boss";
import type Stripe from "stripe";

import type { Database } from "@phasewise/db/client";

import type { SyncResult } from "../sync/sync-stripe-customer";
import type { SyncJobData } from "./billing-queue";
import { syncStripeCustomer } from "../sync/sync-stripe-customer";
import { SYNC_DEAD_LETTER_QUEUE, SYNC_QUEUE } from "./billing-queue";

export interface SyncWorkerOptions {
  /** Idle poll interval (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Syncs run at once in this process (different customers; one customer is never doubled). */
  localConcurrency?: number;
  onResult?: (data: SyncJobData, result: SyncResult) => void;
}

export async function workCustomerSyncs(
  boss: PgBoss,
  db: Database,
  stripe: Stripe,
  options: SyncWorkerOptions = {},
): Promise<string> {
  return boss.work<SyncJobData>(
    SYNC_QUEUE,
    {
      // One job per fetch keeps a failing customer's retries apart from everyone else's; five
      // fetchers polling every 0.5 s clear a burst of webhooks several times faster than 2 × 1 s.
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5,
      localConcurrency: options.localConcurrency ?? 5,
    },
    async (jobs) => {
      for (const job of jobs) {
        const result = await syncStripeCustomer(db, stripe, job.data.stripeCustomerId);
        if (result.status === "unknown-customer") {
          console.warn(`[billing] ${job.data.stripeCustomerId} is not one of our customers`);
        }
        options.onResult?.(job.data, result);
      }
    },
  );
}

export interface DeadLetter {
  id: string;
  stripeCustomerId: string;
  eventId: string | null;
  failedJobId: string | null;
  retries: number | null;
  error: string;
  createdOn: Date;
}

function errorText(output: object | null): string {
  if (!output) return "unknown error";
  if ("message" in output && typeof output.message === "string") return output.message;
  return JSON.stringify(output);
}

/** Syncs that failed every retry, oldest first (for an admin; `boss.redrive` re-runs them). */
export async function listDeadLetters(boss: PgBoss, limit = 100): Promise<DeadLetter[]> {
  const jobs = await boss.findJobs<SyncJobData>(SYNC_DEAD_LETTER_QUEUE, { queued: true, limit });
  return jobs.map((job) => ({
    id: job.id,
    stripeCustomerId: job.data.stripeCustomerId,
    eventId: job.data.eventId ?? null,
    failedJobId: job.sourceId,
    retries: job.sourceRetryCount,
    error: errorText(job.sourceOutput),
    createdOn: job.createdOn,
  }));
}

/** Sends dead-lettered syncs (all, or these ids) back to the sync queue, e.g. after an outage. */
export function redriveDeadLetters(boss: PgBoss, ids?: string[]): Promise<number> {
  return boss.redrive(SYNC_DEAD_LETTER_QUEUE, ids ? { ids } : {});
}
