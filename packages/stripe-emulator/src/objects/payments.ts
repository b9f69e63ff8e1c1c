/** Builds payment intents, charges, refunds and invoice payments for emulated card payments. */
import type Stripe from "stripe";

import type { PaymentMethodRecord } from "../state/state";
import { createId, createRandomToken } from "../lib/ids";

export interface PaymentInput {
  amount: number;
  currency: string;
  customer: string | null;
  email: string | null;
  description: string | null;
  metadata: Record<string, string>;
  paymentMethod: PaymentMethodRecord;
}

export function buildPaymentIntent(input: PaymentInput, created: number): Stripe.PaymentIntent {
  const id = createId("pi", 24);
  return {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic",
    client_secret: `${id}_secret_${createRandomToken(24)}`,
    confirmation_method: "automatic",
    created,
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: input.paymentMethod.id,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ["card"],
    payment_record: null,
    processing: null,
    receipt_email: input.email,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_confirmation",
    transfer_group: null,
  };
}

export interface ChargeOutcome {
  status: Stripe.Charge.Status;
  failureCode: string | null;
  failureMessage: string | null;
}

export function buildCharge(
  input: PaymentInput,
  paymentIntent: string,
  outcome: ChargeOutcome,
  receiptUrl: string,
  created: number,
): Stripe.Charge {
  const paid = outcome.status === "succeeded";
  return {
    id: createId("ch", 24),
    object: "charge",
    amount: input.amount,
    amount_captured: paid ? input.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: paid ? createId("txn", 24) : null,
    billing_details: { address: null, email: input.email, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: "PHASEWISE",
    captured: paid,
    created,
    currency: input.currency,
    customer: input.customer,
    description: input.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: outcome.failureCode,
    failure_message: outcome.failureMessage,
    fraud_details: {},
    livemode: false,
    metadata: input.metadata,
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: outcome.status === "failed" ? "declined_by_network" : "approved_by_network",
      reason: outcome.failureCode === null ? null : "generic_decline",
      risk_level: "normal",
      seller_message: outcome.failureMessage ?? "Payment complete.",
      type: outcome.status === "failed" ? "issuer_declined" : "authorized",
    },
    paid,
    payment_intent: paymentIntent,
    payment_method: input.paymentMethod.id,
    payment_method_details: {
      type: "card",
      card: buildCardDetails(input.paymentMethod, paid ? input.amount : null),
    },
    receipt_email: input.email,
    receipt_number: null,
    receipt_url: receiptUrl,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: outcome.status,
    transfer_data: null,
    transfer_group: null,
  };
}

function buildCardDetails(
  method: PaymentMethodRecord,
  authorized: number | null,
): Stripe.Charge.PaymentMethodDetails.Card {
  return {
    amount_authorized: authorized,
    authorization_code: authorized === null ? null : "123456",
    brand: method.brand,
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
    country: "US",
    electronic_commerce_indicator: null,
    exp_month: 12,
    exp_year: new Date().getUTCFullYear() + 3,
    funding: "credit",
    installments: null,
    last4: method.last4,
    mandate: null,
    network: method.brand,
    network_transaction_id: null,
    regulated_status: "unregulated",
    three_d_secure: null,
    transaction_link_id: null,
    wallet: null,
  };
}

export function buildRefund(
  charge: Stripe.Charge,
  amount: number,
  reason: Stripe.Refund.Reason | null,
  metadata: Record<string, string>,
  created: number,
): Stripe.Refund {
  return {
    id: createId("re", 24),
    object: "refund",
    amount,
    balance_transaction: createId("txn", 24),
    charge: charge.id,
    created,
    currency: charge.currency,
    customer: typeof charge.customer === "string" ? charge.customer : null,
    customer_account: null,
    metadata,
    payment_intent: typeof charge.payment_intent === "string" ? charge.payment_intent : null,
    payment_method: charge.payment_method,
    reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
}

export function buildInvoicePayment(
  invoice: Stripe.Invoice,
  paymentIntent: string,
  created: number,
): Stripe.InvoicePayment {
  const paid = invoice.status === "paid";
  return {
    id: createId("inpay", 24),
    object: "invoice_payment",
    amount_paid: paid ? invoice.amount_paid : null,
    amount_requested: invoice.amount_due,
    created,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { type: "payment_intent", payment_intent: paymentIntent },
    status: paid ? "paid" : "open",
    status_transitions: { canceled_at: null, paid_at: invoice.status_transitions.paid_at },
  };
}
