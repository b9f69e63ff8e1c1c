/**
 * Charges a test payment method: creates the payment intent and charge, sets their status from the
 * card's behaviour (succeed, decline, or stay processing for async cards) and records the events.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { PaymentInput } from "../objects/payments";
import { buildCharge, buildPaymentIntent } from "../objects/payments";
import { isDeclined } from "./test-cards";

export interface ChargeResult {
  paymentIntent: Stripe.PaymentIntent;
  charge: Stripe.Charge;
  outcome: "succeeded" | "failed" | "processing";
}

const DECLINE_MESSAGE = "Your card was declined.";

export function chargeCard(core: EmulatorCore, input: PaymentInput): ChargeResult {
  const now = core.now();
  const paymentIntent = buildPaymentIntent(input, now);
  core.state.paymentIntents[paymentIntent.id] = paymentIntent;
  core.recordEvent({ type: "payment_intent.created", object: paymentIntent });

  const outcome = isDeclined(input.paymentMethod)
    ? "failed"
    : input.paymentMethod.behavior === "async"
      ? "processing"
      : "succeeded";
  const charge = buildCharge(
    input,
    paymentIntent.id,
    {
      status: outcome === "processing" ? "pending" : outcome,
      failureCode: outcome === "failed" ? "card_declined" : null,
      failureMessage: outcome === "failed" ? DECLINE_MESSAGE : null,
    },
    "",
    now,
  );
  charge.receipt_url = `${core.publicUrl}/receipts/${charge.id}`;
  core.state.charges[charge.id] = charge;
  paymentIntent.latest_charge = charge.id;

  if (outcome === "succeeded") markIntentSucceeded(core, paymentIntent, charge);
  else if (outcome === "failed") markIntentFailed(core, paymentIntent, charge);
  else {
    paymentIntent.status = "processing";
    core.recordEvent({ type: "charge.pending", object: charge });
    core.recordEvent({ type: "payment_intent.processing", object: paymentIntent });
  }
  return { paymentIntent, charge, outcome };
}

function markIntentSucceeded(
  core: EmulatorCore,
  intent: Stripe.PaymentIntent,
  charge: Stripe.Charge,
): void {
  intent.status = "succeeded";
  intent.amount_received = intent.amount;
  core.recordEvent({ type: "charge.succeeded", object: charge });
  core.recordEvent({ type: "payment_intent.succeeded", object: intent });
}

function markIntentFailed(
  core: EmulatorCore,
  intent: Stripe.PaymentIntent,
  charge: Stripe.Charge,
): void {
  intent.status = "requires_payment_method";
  intent.last_payment_error = {
    type: "card_error",
    code: "card_declined",
    decline_code: "generic_decline",
    message: DECLINE_MESSAGE,
    charge: charge.id,
  };
  core.recordEvent({ type: "charge.failed", object: charge });
  core.recordEvent({ type: "payment_intent.payment_failed", object: intent });
}

/** Settles a payment that was left processing by an async card. */
export function settleProcessingPayment(
  core: EmulatorCore,
  intent: Stripe.PaymentIntent,
  outcome: "succeeded" | "failed",
): Stripe.Charge | null {
  const charge =
    typeof intent.latest_charge === "string" ? core.state.charges[intent.latest_charge] : undefined;
  if (!charge || intent.status !== "processing") return null;
  if (outcome === "succeeded") {
    charge.status = "succeeded";
    charge.paid = true;
    charge.captured = true;
    charge.amount_captured = charge.amount;
    markIntentSucceeded(core, intent, charge);
  } else {
    charge.status = "failed";
    charge.failure_code = "card_declined";
    charge.failure_message = DECLINE_MESSAGE;
    markIntentFailed(core, intent, charge);
  }
  return charge;
}
