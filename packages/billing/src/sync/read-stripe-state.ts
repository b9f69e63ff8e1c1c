/**
 * Everything Stripe knows that decides what a customer owns: their subscriptions (any status),
 * their completed one-time Checkout Sessions, and the payment intents and charges behind them
 * (for async payments and refunds). Read fresh on every sync; no webhook payload is trusted.
 */
import type Stripe from "stripe";

export interface StripeCustomerState {
  subscriptions: Stripe.Subscription[];
  /** Completed Checkout Sessions in `payment` mode. */
  checkoutSessions: Stripe.Checkout.Session[];
  paymentIntents: Map<string, Stripe.PaymentIntent>;
  /** Charges by payment intent id (with their refunds expanded). */
  chargesByPaymentIntent: Map<string, Stripe.Charge[]>;
}

const PAGE_LIMIT = 10_000;

export async function readStripeCustomerState(
  stripe: Stripe,
  customer: string,
): Promise<StripeCustomerState> {
  const [subscriptions, sessions, paymentIntents, charges] = await Promise.all([
    stripe.subscriptions
      .list({ customer, status: "all", limit: 100, expand: ["data.latest_invoice"] })
      .autoPagingToArray({ limit: PAGE_LIMIT }),
    stripe.checkout.sessions
      .list({ customer, status: "complete", limit: 100 })
      .autoPagingToArray({ limit: PAGE_LIMIT }),
    stripe.paymentIntents.list({ customer, limit: 100 }).autoPagingToArray({ limit: PAGE_LIMIT }),
    stripe.charges
      .list({ customer, limit: 100, expand: ["data.refunds"] })
      .autoPagingToArray({ limit: PAGE_LIMIT }),
  ]);
  const chargesByPaymentIntent = new Map<string, Stripe.Charge[]>();
  for (const charge of charges) {
    const intent =
      typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
    if (!intent) continue;
    chargesByPaymentIntent.set(intent, [...(chargesByPaymentIntent.get(intent) ?? []), charge]);
  }
  return {
    subscriptions,
    checkoutSessions: sessions.filter((session) => session.mode === "payment"),
    paymentIntents: new Map(paymentIntents.map((intent) => [intent.id, intent])),
    chargesByPaymentIntent,
  };
}
