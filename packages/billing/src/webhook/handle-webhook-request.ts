/**
 * The Fetch-API face of the webhook for the web app's route handler: raw body and signature in,
 * JSON out, using the process-wide database and job queue.
 */
import { getDb } from "@phasewise/db/client";

import { readBillingEnv } from "../env";
import { getBillingQueue } from "../jobs/start-billing-worker";
import { receiveStripeWebhook } from "./receive-stripe-webhook";

export async function handleStripeWebhookRequest(request: Request): Promise<Response> {
  const secret = readBillingEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret) {
    console.error("[billing] A Stripe webhook arrived but STRIPE_WEBHOOK_SECRET is not set.");
    return Response.json({ error: "Webhooks are not configured" }, { status: 503 });
  }
  const rawBody = await request.text();
  let db;
  try {
    db = getDb();
  } catch (error) {
    console.error("[billing] No database for a Stripe webhook:", error);
    return Response.json({ error: "Temporarily unavailable, please retry" }, { status: 503 });
  }
  const result = await receiveStripeWebhook({
    db,
    queue: getBillingQueue,
    secret,
    rawBody,
    signature: request.headers.get("stripe-signature"),
  });
  return Response.json(result.body, { status: result.status });
}
