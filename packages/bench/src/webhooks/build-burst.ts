/**
 * The burst: every event of a type the webhook handles, in the order Stripe created them, as the
 * exact bytes the emulator would POST (`JSON.stringify(event, null, 2)`), padded to the burst size
 * with redeliveries of events already in it (Stripe delivers at least once). Signed just before
 * firing by the emulator's signer (the SDK's `generateTestHeaderString`) with the endpoint's
 * secret, so every delivery carries a fresh, valid `Stripe-Signature`.
 */
import type { StripeEmulator } from "@phasewise/stripe-emulator";
import { HANDLED_EVENTS } from "@phasewise/billing/webhook";

import type { StripeClient } from "./create-billing-customers";
import { runConcurrently } from "../api/run-concurrently";
import { createRandom } from "../seed/build-session-logs";

export interface Delivery {
  eventId: string;
  type: string;
  payload: string;
  redelivery: boolean;
}

export interface Burst {
  deliveries: Delivery[];
  distinct: number;
  redeliveries: number;
  /** Distinct events per type, most frequent first. */
  types: [string, number][];
}

export async function buildBurst(stripe: StripeClient, size: number): Promise<Burst> {
  // Newest first from the API: reversed into creation order.
  const events = (
    await stripe.events
      .list({ types: [...HANDLED_EVENTS], limit: 100 })
      .autoPagingToArray({ limit: 10_000 })
  ).reverse();
  const originals: Delivery[] = events.map((event) => ({
    eventId: event.id,
    type: event.type,
    payload: JSON.stringify(event, null, 2),
    redelivery: false,
  }));
  if (originals.length === 0) throw new Error("The customers produced no handled events");
  const random = createRandom(4242);
  const redeliveries = Array.from({ length: Math.max(0, size - originals.length) }, () => {
    const original = originals[Math.floor(random() * originals.length)] ?? originals[0];
    if (!original) throw new Error("Nothing to redeliver");
    return { ...original, redelivery: true };
  });
  const types = new Map<string, number>();
  for (const delivery of originals) types.set(delivery.type, (types.get(delivery.type) ?? 0) + 1);
  return {
    deliveries: [...originals, ...redeliveries],
    distinct: originals.length,
    redeliveries: redeliveries.length,
    types: [...types].sort((a, b) => b[1] - a[1]),
  };
}

/** A `Stripe-Signature` header per delivery, timestamped now. */
export async function signBurst(
  emulator: StripeEmulator,
  burst: Burst,
  secret: string,
): Promise<string[]> {
  const headers: string[] = [];
  const signed = await runConcurrently(burst.deliveries.length, 10, async (index) => {
    const delivery = burst.deliveries[index];
    if (!delivery) return;
    headers[index] = (await emulator.control.signPayload(delivery.payload, { secret })).header;
  });
  if (signed.failures > 0) throw new Error(`Could not sign the burst: ${signed.firstFailure}`);
  return headers;
}
