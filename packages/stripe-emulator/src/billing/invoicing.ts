/**
 * Subscription invoices: creating one for a billing period (with the subscription's discount) and
 * collecting it from the subscription's default payment method.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { InvoiceLineInput } from "../objects/invoice";
import { computeDiscountAmount } from "../objects/discounts";
import { buildInvoice } from "../objects/invoice";
import { chargeCard } from "./charge-card";

export interface ExtraLine {
  price: Stripe.Price;
  quantity: number;
}

export interface InvoiceRequest {
  billingReason: Stripe.Invoice.BillingReason;
  period: { start: number; end: number };
  trial: boolean;
  /** One-time prices bought together with the subscription (first invoice only). */
  extraLines?: ExtraLine[];
}

function productName(core: EmulatorCore, price: Stripe.Price): string {
  const productId = typeof price.product === "string" ? price.product : price.product.id;
  return core.state.products[productId]?.name ?? productId;
}

/** The subscription's discount that applies to an invoice with this billing reason, if any. */
function findApplicableDiscount(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  billingReason: Stripe.Invoice.BillingReason,
): { discount: Stripe.Discount; coupon: Stripe.Coupon } | null {
  const first = subscription.discounts[0];
  const discount = typeof first === "string" ? core.state.discounts[first] : first;
  if (!discount) return null;
  const couponId =
    typeof discount.source.coupon === "string"
      ? discount.source.coupon
      : discount.source.coupon?.id;
  const coupon = couponId ? core.state.coupons[couponId] : undefined;
  if (!coupon) return null;
  if (coupon.duration === "once" && billingReason !== "subscription_create") return null;
  if (discount.end !== null && discount.end <= core.now()) return null;
  return { discount, coupon };
}

export function createSubscriptionInvoice(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  request: InvoiceRequest,
): Stripe.Invoice {
  const customerId =
    typeof subscription.customer === "string" ? subscription.customer : subscription.customer.id;
  const customer = core.state.customers[customerId];
  if (!customer) throw new Error(`Subscription ${subscription.id} has no customer ${customerId}`);
  const lines: InvoiceLineInput[] = subscription.items.data.map((item) => {
    const name = productName(core, item.price);
    const quantity = item.quantity ?? 1;
    return {
      price: item.price,
      quantity,
      description: request.trial ? `Trial period for ${name}` : `${quantity} × ${name}`,
      period: request.period,
      subscriptionItem: item.id,
      amount: request.trial ? 0 : undefined,
    };
  });
  for (const extra of request.extraLines ?? []) {
    lines.push({
      price: extra.price,
      quantity: extra.quantity,
      description: `${extra.quantity} × ${productName(core, extra.price)}`,
      period: { start: request.period.start, end: request.period.start },
      subscriptionItem: null,
    });
  }
  const subtotal = lines.reduce(
    (sum, line) => sum + (line.amount ?? (line.price.unit_amount ?? 0) * line.quantity),
    0,
  );
  const applicable = findApplicableDiscount(core, subscription, request.billingReason);
  const sequence = customer.next_invoice_sequence ?? 1;
  customer.next_invoice_sequence = sequence + 1;
  const invoice = buildInvoice(
    {
      customer,
      subscription,
      lines,
      discount: applicable
        ? {
            id: applicable.discount.id,
            amount: computeDiscountAmount(applicable.coupon, subtotal, subscription.currency),
          }
        : null,
      billingReason: request.billingReason,
      number: `${customer.invoice_prefix ?? "EMU"}-${String(sequence).padStart(4, "0")}`,
      publicUrl: core.publicUrl,
      period: request.period,
    },
    core.now(),
  );
  core.state.invoices[invoice.id] = invoice;
  core.state.internal.invoicePayments[invoice.id] = { paymentIntent: null, charge: null };
  subscription.latest_invoice = invoice.id;
  core.recordEvent({ type: "invoice.created", object: invoice });
  core.recordEvent({ type: "invoice.finalized", object: invoice });
  return invoice;
}

export function markInvoicePaid(core: EmulatorCore, invoice: Stripe.Invoice): void {
  invoice.status = "paid";
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.next_payment_attempt = null;
  invoice.status_transitions.paid_at = core.now();
  core.recordEvent({ type: "invoice.paid", object: invoice });
  core.recordEvent({ type: "invoice.payment_succeeded", object: invoice });
}

/** Charges the invoice to the subscription's payment method. */
export function collectInvoice(
  core: EmulatorCore,
  invoice: Stripe.Invoice,
  subscription: Stripe.Subscription,
  nextAttemptAt: number | null,
): "paid" | "failed" | "processing" {
  invoice.attempted = true;
  if (invoice.amount_due === 0) {
    markInvoicePaid(core, invoice);
    return "paid";
  }
  invoice.attempt_count += 1;
  const methodId =
    typeof subscription.default_payment_method === "string"
      ? subscription.default_payment_method
      : null;
  const method = methodId ? core.state.internal.paymentMethods[methodId] : undefined;
  if (!method) {
    invoice.next_payment_attempt = nextAttemptAt;
    core.recordEvent({ type: "invoice.payment_failed", object: invoice });
    return "failed";
  }
  const result = chargeCard(core, {
    amount: invoice.amount_due,
    currency: invoice.currency,
    customer: typeof invoice.customer === "string" ? invoice.customer : null,
    email: invoice.customer_email,
    description: subscription.description ?? "Subscription update",
    metadata: {},
    paymentMethod: method,
  });
  core.state.internal.invoicePayments[invoice.id] = {
    paymentIntent: result.paymentIntent.id,
    charge: result.charge.id,
  };
  if (result.outcome === "succeeded") markInvoicePaid(core, invoice);
  else if (result.outcome === "failed") {
    invoice.next_payment_attempt = nextAttemptAt;
    core.recordEvent({ type: "invoice.payment_failed", object: invoice });
  }
  return result.outcome === "succeeded" ? "paid" : result.outcome;
}
