/**
 * Paying a Checkout Session from the hosted page: attach (or create) the customer, take the payment
 * (payment mode) or start the subscription and its first invoice (subscription mode), complete the
 * session, record `checkout.session.completed`, and say where the browser goes next.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { PaymentMethodRecord } from "../state/state";
import { buildCustomer } from "../objects/customer";
import { chargeCard } from "./charge-card";
import { findAppliedPromotion, redeemPromotion, refreshSessionTotals } from "./checkout-totals";
import { startSubscriptionFromCheckout } from "./start-subscription";
import { isDeclined } from "./test-cards";

export interface CheckoutSubmission {
  email: string;
  method: PaymentMethodRecord;
  /** True once the 3-D Secure step was approved. */
  authenticated: boolean;
}

export type CheckoutAttempt =
  | { status: "completed"; redirectUrl: string }
  | { status: "requires_action" }
  | { status: "declined"; message: string };

export function successRedirectUrl(core: EmulatorCore, session: Stripe.Checkout.Session): string {
  if (!session.success_url) return `${core.publicUrl}/checkout/${session.id}/complete`;
  return session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
}

function resolveCustomer(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  email: string,
): Stripe.Customer | null {
  const existing =
    typeof session.customer === "string" ? core.state.customers[session.customer] : undefined;
  if (existing) return existing;
  // Stripe only creates a customer in payment mode when asked to (`customer_creation: "always"`).
  if (session.mode === "payment" && session.customer_creation !== "always") return null;
  const customer = buildCustomer({ email }, core.now());
  core.state.customers[customer.id] = customer;
  core.recordEvent({ type: "customer.created", object: customer });
  return customer;
}

export function attemptCheckoutPayment(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  submission: CheckoutSubmission,
): CheckoutAttempt {
  const internal = core.state.internal.checkout[session.id];
  if (!internal) throw new Error(`Checkout Session ${session.id} has no internal record`);
  refreshSessionTotals(core, session);
  const dueNow = session.amount_total ?? 0;
  if (submission.method.behavior === "requires_authentication" && !submission.authenticated) {
    internal.pending = {
      kind: "requires_authentication",
      email: submission.email,
      paymentMethod: submission.method.id,
    };
    return { status: "requires_action" };
  }
  internal.pending = null;
  if (dueNow > 0 && isDeclined(submission.method)) {
    return { status: "declined", message: "Your card was declined." };
  }

  const customer = resolveCustomer(core, session, submission.email);
  submission.method.customer = customer?.id ?? null;
  const promotion = findAppliedPromotion(core, session);
  if (promotion) redeemPromotion(promotion);

  let paymentStatus: Stripe.Checkout.Session.PaymentStatus = "no_payment_required";
  if (session.mode === "subscription" && customer) {
    const started = startSubscriptionFromCheckout(
      core,
      session,
      customer,
      submission.method,
      promotion,
    );
    session.subscription = started.subscription.id;
    session.invoice = started.invoice.id;
    if (started.outcome === "processing") internal.awaitingAsyncPayment = true;
    if (started.invoice.amount_due > 0)
      paymentStatus = started.outcome === "paid" ? "paid" : "unpaid";
  } else if (dueNow > 0) {
    const result = chargeCard(core, {
      amount: dueNow,
      currency: session.currency ?? "usd",
      customer: customer?.id ?? null,
      email: submission.email,
      description: internal.creation.paymentIntentDescription,
      metadata: internal.creation.paymentIntentMetadata,
      paymentMethod: submission.method,
    });
    session.payment_intent = result.paymentIntent.id;
    if (result.outcome === "processing") internal.awaitingAsyncPayment = true;
    paymentStatus = result.outcome === "succeeded" ? "paid" : "unpaid";
  }

  session.status = "complete";
  session.payment_status = paymentStatus;
  session.customer = customer?.id ?? null;
  session.customer_details = {
    address: null,
    business_name: null,
    email: submission.email,
    individual_name: null,
    name: customer?.name ?? null,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
  };
  core.recordEvent({ type: "checkout.session.completed", object: session });
  return { status: "completed", redirectUrl: successRedirectUrl(core, session) };
}
