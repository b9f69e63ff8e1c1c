/**
 * What billing scripts run against: the database (DATABASE_URL, else the embedded server of
 * `pnpm dev`) and Stripe (STRIPE_SECRET_KEY, else the emulator `pnpm dev` started).
 */
import type Stripe from "stripe";

import { createStripeClient, stripeClientFromEnv } from "../stripe/stripe-client";

/** Treats an empty variable (as written by `.env` templates) as unset. */
const unset = (value: string | undefined) => (value === "" ? undefined : value);

export const DEV_EMULATOR_KEY = "sk_test_phasewise_emulator";

export async function stripeForScript(): Promise<Stripe> {
  if (process.env.STRIPE_SECRET_KEY) return stripeClientFromEnv();
  const url = `http://localhost:${unset(process.env.STRIPE_EMULATOR_PORT) ?? "12111"}`;
  try {
    const response = await fetch(`${url}/_emulator/clock`);
    if (response.ok) return createStripeClient({ secretKey: DEV_EMULATOR_KEY, apiHost: url });
  } catch {
    // not running
  }
  throw new Error(
    `No Stripe to talk to: set STRIPE_SECRET_KEY, or start \`pnpm dev\` (its emulator listens on ${url}).`,
  );
}

/** `--name=value` from the command line. */
export function readFlag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}
