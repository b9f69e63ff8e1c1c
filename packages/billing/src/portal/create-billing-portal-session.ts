/**
 * Opens the Stripe Billing Portal for the signed-in customer (update card, switch monthly/yearly,
 * pause or cancel). Only a customer we already created for this user can be opened.
 */
import type Stripe from "stripe";
import { eq } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { stripeCustomers } from "@phasewise/db/schema";

import { BillingError } from "../errors";
import { idempotencyKey, timeWindow } from "../stripe/idempotency";

export async function createBillingPortalSession(
  db: Executor,
  stripe: Stripe,
  input: { userId: string; returnUrl: string },
): Promise<{ url: string }> {
  const [row] = await db
    .select({ customerId: stripeCustomers.stripeCustomerId })
    .from(stripeCustomers)
    .where(eq(stripeCustomers.userId, input.userId));
  if (!row) {
    throw new BillingError(
      "NOT_FOUND",
      "There is nothing to manage yet: you have not bought anything.",
    );
  }
  const session = await stripe.billingPortal.sessions.create(
    { customer: row.customerId, return_url: input.returnUrl },
    { idempotencyKey: idempotencyKey("portal", input.userId, timeWindow(1)) },
  );
  return { url: session.url };
}
