/** Builds finalized invoices (and their line items) for subscription billing. */
import type Stripe from "stripe";

import { createId } from "../lib/ids";

export interface InvoiceLineInput {
  price: Stripe.Price;
  quantity: number;
  description: string;
  period: { start: number; end: number };
  subscriptionItem: string | null;
  /** Overrides price × quantity (a trial line is billed at 0). */
  amount?: number;
}

export interface InvoiceInput {
  customer: Stripe.Customer;
  subscription: Stripe.Subscription;
  lines: InvoiceLineInput[];
  discount: { id: string; amount: number } | null;
  billingReason: Stripe.Invoice.BillingReason;
  number: string;
  publicUrl: string;
  period: { start: number; end: number };
}

function buildInvoiceLine(
  line: InvoiceLineInput,
  invoiceId: string,
  subscriptionId: string,
): Stripe.InvoiceLineItem {
  const amount = line.amount ?? (line.price.unit_amount ?? 0) * line.quantity;
  return {
    id: createId("il", 24),
    object: "line_item",
    amount,
    currency: line.price.currency,
    description: line.description,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: line.subscriptionItem
      ? {
          type: "subscription_item_details",
          invoice_item_details: null,
          subscription_item_details: {
            invoice_item: null,
            proration: false,
            proration_details: { credited_items: null },
            subscription: subscriptionId,
            subscription_item: line.subscriptionItem,
          },
        }
      : null,
    period: line.period,
    pretax_credit_amounts: [],
    pricing: {
      type: "price_details",
      price_details: {
        price: line.price.id,
        product:
          typeof line.price.product === "string" ? line.price.product : line.price.product.id,
      },
      unit_amount_decimal: line.price.unit_amount_decimal,
    },
    quantity: line.quantity,
    quantity_decimal: null,
    subscription: subscriptionId,
    subtotal: amount,
    taxes: [],
  };
}

export function buildInvoice(input: InvoiceInput, created: number): Stripe.Invoice {
  const id = createId("in", 24);
  const lines = input.lines.map((line) => buildInvoiceLine(line, id, input.subscription.id));
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const discountAmount = Math.min(subtotal, input.discount?.amount ?? 0);
  const total = subtotal - discountAmount;
  return {
    id,
    object: "invoice",
    account_country: "US",
    account_name: "Phasewise (emulated)",
    account_tax_ids: null,
    amount_due: total,
    amount_overpaid: 0,
    amount_paid: 0,
    amount_remaining: total,
    amount_shipping: 0,
    application: null,
    attempt_count: 0,
    attempted: false,
    auto_advance: true,
    automatic_tax: {
      disabled_reason: null,
      enabled: false,
      liability: null,
      provider: null,
      status: null,
    },
    automatically_finalizes_at: null,
    billing_reason: input.billingReason,
    collection_method: "charge_automatically",
    created,
    currency: input.subscription.currency,
    custom_fields: null,
    customer: input.customer.id,
    customer_account: null,
    customer_address: null,
    customer_email: input.customer.email,
    customer_name: input.customer.name ?? null,
    customer_phone: input.customer.phone ?? null,
    customer_shipping: null,
    customer_tax_exempt: "none",
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: input.discount ? [input.discount.id] : [],
    due_date: null,
    effective_at: created,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `${input.publicUrl}/invoices/${id}`,
    invoice_pdf: null,
    issuer: { type: "self" },
    last_finalization_error: null,
    latest_revision: null,
    lines: { object: "list", data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: input.number,
    on_behalf_of: null,
    parent: {
      type: "subscription_details",
      quote_details: null,
      subscription_details: {
        metadata: input.subscription.metadata,
        subscription: input.subscription.id,
      },
    },
    payment_settings: {
      default_mandate: null,
      payment_method_options: null,
      payment_method_types: null,
    },
    period_end: input.period.end,
    period_start: input.period.start,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: "open",
    status_transitions: {
      finalized_at: created,
      marked_uncollectible_at: null,
      paid_at: null,
      voided_at: null,
    },
    subtotal,
    subtotal_excluding_tax: subtotal,
    test_clock: null,
    total,
    total_discount_amounts: input.discount
      ? [{ amount: discountAmount, discount: input.discount.id }]
      : [],
    total_excluding_tax: total,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: created,
  };
}
