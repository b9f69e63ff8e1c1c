/**
 * The Stripe customer of one of our users: created on first checkout (with our user id in its
 * metadata, so a webhook can always be traced back to us) and reused afterwards. A stored customer
 * that Stripe no longer knows (deleted, or an emulator that lost its state) is replaced.
 */
import type Stripe from "stripe";
import { eq } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { stripeCustomers, users } from "@phasewise/db/schema";

import { idempotencyKey } from "../stripe/idempotency";
import { isResourceMissing } from "../stripe/stripe-ids";

export const USER_ID_METADATA = "phasewise_user_id";

async function stillExists(stripe: Stripe, customerId: string): Promise<boolean> {
  try {
    const customer = await stripe.customers.retrieve(customerId);
    return !customer.deleted;
  } catch (error) {
    if (isResourceMissing(error)) return false;
    throw error;
  }
}

/** The user's Stripe customer id, creating (or replacing) the customer when needed. */
export async function ensureStripeCustomer(
  db: Executor,
  stripe: Stripe,
  userId: string,
): Promise<string> {
  const [user] = await db
    .select({ email: users.email, name: users.name, customerId: stripeCustomers.stripeCustomerId })
    .from(users)
    .leftJoin(stripeCustomers, eq(stripeCustomers.userId, users.id))
    .where(eq(users.id, userId));
  if (!user) throw new Error(`No user ${userId}`);
  if (user.customerId && (await stillExists(stripe, user.customerId))) return user.customerId;

  const customer = await stripe.customers.create(
    {
      email: user.email,
      ...(user.name && { name: user.name }),
      metadata: { [USER_ID_METADATA]: userId },
    },
    {
      // Same user → same customer, however often this is retried; a replacement gets its own key.
      idempotencyKey: idempotencyKey(
        "customer",
        userId,
        ...(user.customerId ? ["replaces", user.customerId] : []),
      ),
    },
  );
  if (user.customerId) {
    await db
      .update(stripeCustomers)
      .set({ stripeCustomerId: customer.id, syncedAt: null })
      .where(eq(stripeCustomers.userId, userId));
    return customer.id;
  }
  const [inserted] = await db
    .insert(stripeCustomers)
    .values({ userId, stripeCustomerId: customer.id })
    .onConflictDoNothing({ target: stripeCustomers.userId })
    .returning({ id: stripeCustomers.stripeCustomerId });
  if (inserted) return inserted.id;
  // A concurrent request stored one first (the idempotency key made it the same customer).
  const [existing] = await db
    .select({ id: stripeCustomers.stripeCustomerId })
    .from(stripeCustomers)
    .where(eq(stripeCustomers.userId, userId));
  if (!existing) throw new Error(`Could not store the Stripe customer of ${userId}`);
  return existing.id;
}
