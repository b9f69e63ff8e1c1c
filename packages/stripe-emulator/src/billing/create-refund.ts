/** Refunds all or part of a succeeded charge and records `refund.created` and `charge.refunded`. */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import { invalidRequest, missingParam, resourceMissing } from "../lib/errors";
import { diffTopLevel, toJsonObject } from "../lib/json";
import { buildRefund } from "../objects/payments";

export interface RefundRequest {
  charge?: string;
  payment_intent?: string;
  amount?: number;
  reason?: Stripe.Refund.Reason;
  metadata?: Record<string, string>;
}

function findCharge(core: EmulatorCore, request: RefundRequest): Stripe.Charge {
  if (request.charge) {
    const charge = core.state.charges[request.charge];
    if (!charge) throw resourceMissing("charge", request.charge, "charge");
    return charge;
  }
  if (!request.payment_intent) throw missingParam("charge");
  const intent = core.state.paymentIntents[request.payment_intent];
  if (!intent) throw resourceMissing("payment_intent", request.payment_intent, "payment_intent");
  const charge =
    typeof intent.latest_charge === "string" ? core.state.charges[intent.latest_charge] : undefined;
  if (!charge || intent.status !== "succeeded") {
    throw invalidRequest(
      `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
      "payment_intent",
      "charge_not_refundable",
    );
  }
  return charge;
}

export function createRefund(core: EmulatorCore, request: RefundRequest): Stripe.Refund {
  const charge = findCharge(core, request);
  if (charge.status !== "succeeded") {
    throw invalidRequest(
      `Charge ${charge.id} has not succeeded and cannot be refunded.`,
      "charge",
      "charge_not_refundable",
    );
  }
  if (charge.refunded) {
    throw invalidRequest(
      `Charge ${charge.id} has already been refunded.`,
      "charge",
      "charge_already_refunded",
    );
  }
  const refundable = charge.amount - charge.amount_refunded;
  const amount = request.amount ?? refundable;
  if (amount <= 0 || amount > refundable) {
    throw invalidRequest(
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`,
      "amount",
      "amount_too_large",
    );
  }
  const refund = buildRefund(
    charge,
    amount,
    request.reason ?? null,
    request.metadata ?? {},
    core.now(),
  );
  core.state.refunds[refund.id] = refund;
  core.recordEvent({ type: "refund.created", object: refund });

  const before = toJsonObject(charge);
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  core.recordEvent(
    { type: "charge.refunded", object: charge },
    diffTopLevel(before, toJsonObject(charge)),
  );
  return refund;
}
