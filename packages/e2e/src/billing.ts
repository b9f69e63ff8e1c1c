/** Billing helpers for end-to-end tests: our price ids and the stack's Stripe emulator. */
import { eq } from "drizzle-orm";

import { createCheckoutSession, createStripeClient } from "@phasewise/billing";
import { prices } from "@phasewise/db";
import { createControlClient } from "@phasewise/stripe-emulator";

import { stackDb } from "./stack-database";
import { stackPorts, webUrl } from "./stack-ports";

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

/**
 * A purchase made without a browser: Checkout for our price, paid in the emulator (card 4242).
 * The web app's webhook and sync worker then record it, as for a real customer.
 */
export async function payWithoutBrowser(userId: string, lookupKey: string) {
  const { url, control } = await stackEmulator();
  const stripe = createStripeClient({ secretKey: "sk_test_phasewise_e2e", apiHost: url });
  const session = await createCheckoutSession(await stackDb(), stripe, {
    userId,
    priceId: await priceIdOf(lookupKey),
    baseUrl: webUrl,
  });
  await control.completeCheckoutSession(session.id, {});
}
