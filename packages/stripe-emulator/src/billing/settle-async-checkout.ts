/**
 * Ends the wait of a session paid with the async test card: the payment succeeds or fails, the
 * session records `checkout.session.async_payment_succeeded|failed`, and a subscription bought with
 * it becomes active or `incomplete_expired`.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import { invalidRequest } from "../lib/errors";
import { settleProcessingPayment } from "./charge-card";
import { markInvoicePaid } from "./invoicing";
import { changeSubscription } from "./subscription-changes";

function findProcessingIntent(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
): Stripe.PaymentIntent | undefined {
  if (typeof session.payment_intent === "string")
    return core.state.paymentIntents[session.payment_intent];
  if (typeof session.invoice !== "string") return undefined;
  const link = core.state.internal.invoicePayments[session.invoice];
  return link?.paymentIntent ? core.state.paymentIntents[link.paymentIntent] : undefined;
}

export function settleAsyncCheckout(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  outcome: "succeeded" | "failed",
): void {
  const internal = core.state.internal.checkout[session.id];
  const intent = findProcessingIntent(core, session);
  if (!internal?.awaitingAsyncPayment || !intent) {
    throw invalidRequest(
      `Checkout Session ${session.id} is not waiting for an async payment.`,
      "session",
    );
  }
  internal.awaitingAsyncPayment = false;
  settleProcessingPayment(core, intent, outcome);

  const invoice =
    typeof session.invoice === "string" ? core.state.invoices[session.invoice] : undefined;
  const subscription =
    typeof session.subscription === "string"
      ? core.state.subscriptions[session.subscription]
      : undefined;
  if (invoice && outcome === "succeeded") markInvoicePaid(core, invoice);
  if (invoice && outcome === "failed")
    core.recordEvent({ type: "invoice.payment_failed", object: invoice });
  if (subscription) {
    changeSubscription(core, subscription, (sub) => {
      sub.status = outcome === "succeeded" ? "active" : "incomplete_expired";
    });
  }
  if (outcome === "succeeded") {
    session.payment_status = "paid";
    core.recordEvent({ type: "checkout.session.async_payment_succeeded", object: session });
  } else {
    core.recordEvent({ type: "checkout.session.async_payment_failed", object: session });
  }
}
