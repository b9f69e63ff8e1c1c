import { createHash } from "node:crypto";

/**
 * Idempotency keys for every write we send to Stripe, built from our own ids so a retried request
 * (by the SDK, a job, or a person clicking twice) cannot create a second object.
 */

/** `phasewise:<parts…>`; parts are our ids (user, price, lookup key) and, where a write may
 * legitimately repeat later, a time window. */
export function idempotencyKey(...parts: (string | number)[]): string {
  return ["phasewise", ...parts].join(":");
}

/** The current window of `minutes` length: repeats inside it reuse the first result. */
export function timeWindow(minutes: number, now = Date.now()): number {
  return Math.floor(now / (minutes * 60_000));
}

/** A short digest of request params: the same request inside a window maps to the same key, a
 * different one (other return URL, trial) to another, instead of Stripe's idempotency_error. */
export function paramsDigest(params: unknown): string {
  return createHash("sha256").update(JSON.stringify(params)).digest("hex").slice(0, 16);
}
