/** Billing helpers for end-to-end tests: our price ids and the stack's Stripe emulator. */
import { eq } from "drizzle-orm";

import { prices } from "@phasewise/db";
import { createControlClient } from "@phasewise/stripe-emulator";

import { stackDb } from "./stack-database";
import { stackPorts } from "./stack-ports";

export async function priceIdOf(lookupKey: string): Promise<string> {
  const database = await stackDb();
  const [row] = await database
    .select({ id: prices.id })
    .from(prices)
    .where(eq(prices.lookupKey, lookupKey));
  if (!row) throw new Error(`no price ${lookupKey} in the stack's catalog`);
  return row.id;
}

/** What the program page's Buy buttons link to. */
export function checkoutStartPath(priceId: string, from: string) {
  return `/checkout/start?${new URLSearchParams({ price: priceId, from }).toString()}`;
}

export async function stackEmulator() {
  const response = await fetch(`http://localhost:${stackPorts.ready}`);
  const { stripeEmulatorUrl } = (await response.json()) as { stripeEmulatorUrl: string };
  return { url: stripeEmulatorUrl, control: createControlClient(stripeEmulatorUrl) };
}
