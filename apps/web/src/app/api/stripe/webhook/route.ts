/**
 * Stripe's webhook endpoint (not tRPC: Stripe signs the raw body). Verifies, records the event
 * once and enqueues the customer's sync in one transaction; 503 when that cannot happen, so
 * Stripe retries.
 */
import { handleStripeWebhookRequest } from "@phasewise/billing/webhook";

export function POST(request: Request) {
  return handleStripeWebhookRequest(request);
}
