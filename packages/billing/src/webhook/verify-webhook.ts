/**
 * Verifies a webhook with the SDK (raw body, `Stripe-Signature`, 300 s tolerance) and sorts it:
 * events that change what a customer owns are allow-listed; anything else is acknowledged and
 * ignored. The customer id is what the sync needs — the payload itself is never trusted further.
 */
import Stripe from "stripe";

export const HANDLED_EVENTS = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_failed",
  "charge.refunded",
] as const;

export type HandledEventType = (typeof HANDLED_EVENTS)[number];

const handled = new Set<string>(HANDLED_EVENTS);

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type VerifiedWebhook =
  | { kind: "handled"; event: Stripe.Event; type: HandledEventType; customerId: string | null }
  | { kind: "ignored"; event: Stripe.Event };

export class WebhookSignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookSignatureError";
  }
}

function customerOf(event: Stripe.Event): string | null {
  const object = event.data.object as { customer?: string | { id: string } | null };
  const customer = object.customer;
  if (!customer) return null;
  return typeof customer === "string" ? customer : customer.id;
}

/** Throws WebhookSignatureError for a missing, forged or stale signature. */
export function verifyWebhook(
  rawBody: string | Buffer,
  signature: string | null | undefined,
  secret: string,
  options: { receivedAtMs?: number } = {},
): VerifiedWebhook {
  if (!signature) throw new WebhookSignatureError("Missing Stripe-Signature header");
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(
      rawBody,
      signature,
      secret,
      SIGNATURE_TOLERANCE_SECONDS,
      undefined,
      options.receivedAtMs,
    );
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : "Invalid signature");
  }
  if (!handled.has(event.type)) return { kind: "ignored", event };
  return {
    kind: "handled",
    event,
    type: event.type as HandledEventType,
    customerId: customerOf(event),
  };
}
