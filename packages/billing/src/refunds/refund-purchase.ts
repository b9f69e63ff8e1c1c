/**
 * Refunding a one-time purchase in full from the admin. Stripe is asked first (idempotency key
 * from our purchase id, so a double click or a retry refunds once), then the customer is synced
 * the usual way: the purchase turns `refunded` and access ends because the synced rows say so,
 * never because this function flipped a flag. The webhook that follows finds nothing to change.
 */
import type Stripe from "stripe";
import { eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import { purchases, stripeCustomers } from "@phasewise/db/schema";

import { BillingError } from "../errors";
import { idempotencyKey } from "../stripe/idempotency";
import { syncStripeCustomer } from "../sync/sync-stripe-customer";

export interface RefundOutcome {
  purchaseId: string;
  refundId: string;
  amount: number;
  currency: string;
  status: "refunded" | "pending";
}

const refundableStatus = "paid";

/** Stripe's answer when the money has already gone back (e.g. refunded in the dashboard). */
function isAlreadyRefunded(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "charge_already_refunded";
}

export async function refundPurchase(
  db: Database,
  stripe: Stripe,
  input: { purchaseId: string },
): Promise<RefundOutcome> {
  const [purchase] = await db
    .select({
      id: purchases.id,
      status: purchases.status,
      amount: purchases.amount,
      currency: purchases.currency,
      paymentIntentId: purchases.stripePaymentIntentId,
      stripeCustomerId: stripeCustomers.stripeCustomerId,
    })
    .from(purchases)
    .leftJoin(stripeCustomers, eq(stripeCustomers.userId, purchases.userId))
    .where(eq(purchases.id, input.purchaseId));
  if (!purchase) throw new BillingError("NOT_FOUND", "That purchase does not exist.");
  if (purchase.status !== refundableStatus) {
    throw new BillingError(
      "CONFLICT",
      `Only a paid purchase can be refunded; this one is ${purchase.status}.`,
    );
  }
  if (!purchase.paymentIntentId || !purchase.stripeCustomerId) {
    throw new BillingError(
      "PRECONDITION_FAILED",
      "This purchase has no Stripe payment to refund (it was not paid through Stripe).",
    );
  }

  let refund: Stripe.Refund;
  try {
    refund = await stripe.refunds.create(
      {
        payment_intent: purchase.paymentIntentId,
        reason: "requested_by_customer",
        // Our ids only, nothing about who asked: a second admin's retry is the same request.
        metadata: { phasewise_purchase_id: purchase.id },
      },
      { idempotencyKey: idempotencyKey("refund", purchase.id) },
    );
  } catch (error) {
    if (isAlreadyRefunded(error)) {
      // Refunded elsewhere already: converge our rows (best effort) and tell the admin.
      await syncStripeCustomer(db, stripe, purchase.stripeCustomerId).catch(() => undefined);
      throw new BillingError("CONFLICT", "Stripe says this payment has already been refunded.");
    }
    throw new BillingError(
      "PRECONDITION_FAILED",
      "Stripe did not make the refund; nothing changed. Try again in a moment.",
    );
  }

  // The money has gone back. If this sync fails, the webhook's sync records it shortly.
  const synced = await syncStripeCustomer(db, stripe, purchase.stripeCustomerId).then(
    () => true,
    () => false,
  );
  const [after] = synced
    ? await db
        .select({ status: purchases.status })
        .from(purchases)
        .where(eq(purchases.id, purchase.id))
    : [];
  return {
    purchaseId: purchase.id,
    refundId: refund.id,
    amount: refund.amount,
    currency: refund.currency,
    status: after?.status === "refunded" ? "refunded" : "pending",
  };
}
