/**
 * Signs webhook payloads with the SDK's own signer, so `stripe.webhooks.constructEvent` accepts
 * them exactly as it accepts Stripe's. The timestamp is wall-clock time even when the test clock
 * has been advanced: the SDK checks it against the receiver's real clock (300 s tolerance).
 */
import Stripe from "stripe";

export function signPayload(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    timestamp: timestamp ?? Math.floor(Date.now() / 1000),
  });
}
