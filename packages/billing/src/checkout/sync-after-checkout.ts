/**
 * The checkout return page's catch-up: for the signed-in user's OWN Checkout Session, run the same
 * convergent sync the webhook job runs. It grants nothing by itself — whatever access follows
 * comes from what Stripe says, exactly as if the webhook had arrived first.
 */
import type Stripe from "stripe";
import { eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import { stripeCustomers } from "@phasewise/db/schema";

import { BillingError } from "../errors";
import { idOf, isResourceMissing } from "../stripe/stripe-ids";
import { syncStripeCustomer } from "../sync/sync-stripe-customer";
import { PRICE_ID_METADATA } from "./create-checkout-session";

export interface CheckoutOutcome {
  /** Stripe's session status: open (not paid yet), complete, expired. */
  status: string;
  /** paid, unpaid (e.g. a delayed payment still processing) or no_payment_required. */
  paymentStatus: string;
  /** Our price id the session was for (from its metadata). */
  priceId: string | null;
}

export async function syncAfterCheckout(
  db: Database,
  stripe: Stripe,
  input: { userId: string; sessionId: string },
): Promise<CheckoutOutcome> {
  const notFound = new BillingError("NOT_FOUND", "We could not find that checkout.");
  const [link] = await db
    .select({ customerId: stripeCustomers.stripeCustomerId })
    .from(stripeCustomers)
    .where(eq(stripeCustomers.userId, input.userId));
  if (!link) throw notFound;
  const session = await stripe.checkout.sessions
    .retrieve(input.sessionId)
    .catch((error: unknown) => {
      if (isResourceMissing(error)) throw notFound;
      throw error;
    });
  // Someone else's session (or one not made by us) looks exactly like a missing one.
  if (idOf(session.customer) !== link.customerId || session.client_reference_id !== input.userId) {
    throw notFound;
  }
  if (session.status === "complete") await syncStripeCustomer(db, stripe, link.customerId);
  return {
    status: session.status ?? "open",
    paymentStatus: session.payment_status,
    priceId: session.metadata?.[PRICE_ID_METADATA] ?? null,
  };
}
