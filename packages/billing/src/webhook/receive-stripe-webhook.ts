/**
 * Receiving one Stripe webhook, framework-free (the web app's route hands in the raw body):
 * verify → ignore what we do not handle → in ONE transaction record the event id (a redelivery
 * finds it and does nothing) and enqueue the customer's sync job → answer fast. If the database
 * cannot take it, answer 503 so Stripe delivers it again; nothing is half-written.
 */
import type { PgBoss } from "pg-boss";

import type { Database } from "@phasewise/db/client";
import { stripeEvents } from "@phasewise/db/schema";

import { enqueueCustomerSync } from "../jobs/billing-queue";
import { verifyWebhook, WebhookSignatureError } from "./verify-webhook";

export interface WebhookResponse {
  status: number;
  body: Record<string, string | boolean>;
}

export interface ReceiveWebhookInput {
  db: Database;
  /** The started queue (a function, so a database that is down fails inside our try). */
  queue: () => Promise<PgBoss>;
  secret: string;
  rawBody: string;
  signature: string | null;
  receivedAtMs?: number;
}

export async function receiveStripeWebhook(input: ReceiveWebhookInput): Promise<WebhookResponse> {
  let verified;
  try {
    verified = verifyWebhook(input.rawBody, input.signature, input.secret, {
      receivedAtMs: input.receivedAtMs,
    });
  } catch (error) {
    if (error instanceof WebhookSignatureError) {
      return { status: 400, body: { error: "Invalid signature" } };
    }
    throw error;
  }
  if (verified.kind === "ignored") return { status: 200, body: { received: true, ignored: true } };

  const { event, customerId } = verified;
  try {
    const boss = await input.queue();
    return await input.db.transaction(async (tx): Promise<WebhookResponse> => {
      const recorded = await tx
        .insert(stripeEvents)
        .values({ id: event.id, type: event.type, stripeCustomerId: customerId })
        .onConflictDoNothing({ target: stripeEvents.id })
        .returning({ id: stripeEvents.id });
      if (recorded.length === 0) return { status: 200, body: { received: true, duplicate: true } };
      if (customerId) {
        await enqueueCustomerSync(boss, tx, { stripeCustomerId: customerId, eventId: event.id });
      }
      return { status: 200, body: { received: true } };
    });
  } catch (error) {
    console.error(`[billing] webhook ${event.id} (${event.type}) not recorded:`, error);
    return { status: 503, body: { error: "Temporarily unavailable, please retry" } };
  }
}
