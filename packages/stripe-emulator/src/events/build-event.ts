/**
 * Builds `Stripe.Event`s for the event types the emulator emits. Inputs are grouped by the type of
 * `data.object`, so the compiler checks that each event carries the object Stripe documents for it.
 */
import type Stripe from "stripe";

export type EventInput =
  | { type: "customer.created" | "customer.updated" | "customer.deleted"; object: Stripe.Customer }
  | { type: "product.created" | "product.updated"; object: Stripe.Product }
  | { type: "price.created" | "price.updated"; object: Stripe.Price }
  | { type: "coupon.created"; object: Stripe.Coupon }
  | { type: "promotion_code.created" | "promotion_code.updated"; object: Stripe.PromotionCode }
  | {
      type:
        | "checkout.session.completed"
        | "checkout.session.expired"
        | "checkout.session.async_payment_succeeded"
        | "checkout.session.async_payment_failed";
      object: Stripe.Checkout.Session;
    }
  | {
      type:
        | "customer.subscription.created"
        | "customer.subscription.updated"
        | "customer.subscription.deleted";
      object: Stripe.Subscription;
    }
  | {
      type:
        | "invoice.created"
        | "invoice.finalized"
        | "invoice.paid"
        | "invoice.payment_succeeded"
        | "invoice.payment_failed"
        | "invoice.updated"
        | "invoice.voided";
      object: Stripe.Invoice;
    }
  | {
      type:
        | "payment_intent.created"
        | "payment_intent.succeeded"
        | "payment_intent.processing"
        | "payment_intent.payment_failed";
      object: Stripe.PaymentIntent;
    }
  | {
      type: "charge.succeeded" | "charge.failed" | "charge.pending" | "charge.refunded";
      object: Stripe.Charge;
    }
  | { type: "refund.created"; object: Stripe.Refund }
  | { type: "billing_portal.session.created"; object: Stripe.BillingPortal.Session };

export type EmittedEventType = EventInput["type"];

export interface EventEnvelope {
  id: string;
  created: number;
  apiVersion: string;
  pendingWebhooks: number;
  request: Stripe.Event.Request | null;
}

export function buildEvent(input: EventInput, envelope: EventEnvelope): Stripe.Event {
  const base = {
    id: envelope.id,
    object: "event" as const,
    api_version: envelope.apiVersion,
    created: envelope.created,
    livemode: false,
    pending_webhooks: envelope.pendingWebhooks,
    request: envelope.request,
  };
  // One branch per object type: inside it the compiler knows `type` and `object` belong together.
  switch (input.type) {
    case "customer.created":
    case "customer.updated":
    case "customer.deleted":
      return { ...base, type: input.type, data: { object: input.object } };
    case "product.created":
    case "product.updated":
      return { ...base, type: input.type, data: { object: input.object } };
    case "price.created":
    case "price.updated":
      return { ...base, type: input.type, data: { object: input.object } };
    case "coupon.created":
      return { ...base, type: input.type, data: { object: input.object } };
    case "promotion_code.created":
    case "promotion_code.updated":
      return { ...base, type: input.type, data: { object: input.object } };
    case "checkout.session.completed":
    case "checkout.session.expired":
    case "checkout.session.async_payment_succeeded":
    case "checkout.session.async_payment_failed":
      return { ...base, type: input.type, data: { object: input.object } };
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return { ...base, type: input.type, data: { object: input.object } };
    case "invoice.created":
    case "invoice.finalized":
    case "invoice.paid":
    case "invoice.payment_succeeded":
    case "invoice.payment_failed":
    case "invoice.updated":
    case "invoice.voided":
      return { ...base, type: input.type, data: { object: input.object } };
    case "payment_intent.created":
    case "payment_intent.succeeded":
    case "payment_intent.processing":
    case "payment_intent.payment_failed":
      return { ...base, type: input.type, data: { object: input.object } };
    case "charge.succeeded":
    case "charge.failed":
    case "charge.pending":
    case "charge.refunded":
      return { ...base, type: input.type, data: { object: input.object } };
    case "refund.created":
      return { ...base, type: input.type, data: { object: input.object } };
    case "billing_portal.session.created":
      return { ...base, type: input.type, data: { object: input.object } };
  }
}
