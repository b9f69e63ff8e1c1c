/**
 * The Stripe client, pinned to the API version our code and the emulator are written against.
 * With STRIPE_API_HOST it talks to a Stripe-compatible server (the emulator) instead of
 * api.stripe.com. Cached per process on globalThis because Next bundles routes separately.
 */
import Stripe from "stripe";

import type { BillingEnv } from "../env";
import { BillingConfigError, readBillingEnv } from "../env";

export const STRIPE_API_VERSION = "2026-10-28.endive" as const;

export interface StripeClientOptions {
  secretKey: string;
  /** e.g. http://localhost:12111 for the emulator; unset for api.stripe.com. */
  apiHost?: string;
  /** Automatic retries of failed requests by the SDK (each with the same idempotency key). */
  maxNetworkRetries?: number;
  timeoutMs?: number;
}

export function createStripeClient(options: StripeClientOptions): Stripe {
  const target = options.apiHost ? new URL(options.apiHost) : undefined;
  return new Stripe(options.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeoutMs ?? 20_000,
    appInfo: { name: "phasewise" },
    ...(target && {
      host: target.hostname,
      port: target.port || (target.protocol === "https:" ? 443 : 80),
      protocol: target.protocol === "https:" ? "https" : "http",
    }),
  });
}

export function stripeClientFromEnv(env: BillingEnv = readBillingEnv()): Stripe {
  if (!env.STRIPE_SECRET_KEY) {
    throw new BillingConfigError(
      "Payments are not configured: set STRIPE_SECRET_KEY (or run `pnpm dev`, which starts the local Stripe emulator).",
    );
  }
  return createStripeClient({ secretKey: env.STRIPE_SECRET_KEY, apiHost: env.STRIPE_API_HOST });
}

const cache = globalThis as unknown as { phasewiseStripe?: Stripe };

/** The process-wide client for the environment's key, created on first use. */
export function getStripe(): Stripe {
  cache.phasewiseStripe ??= stripeClientFromEnv();
  return cache.phasewiseStripe;
}

/** Replaces the process-wide client (tests point it at their own emulator); undefined resets. */
export function setStripeClient(client: Stripe | undefined): void {
  cache.phasewiseStripe = client;
}
