/**
 * A customer's invoices (subscriptions) and receipts (one-time payments), read from Stripe for the
 * Account → Billing page. Links go to Stripe's hosted invoice and receipt pages.
 */
import type Stripe from "stripe";

import { fromUnixSeconds, idOf } from "../stripe/stripe-ids";

export interface InvoiceSummary {
  id: string;
  number: string | null;
  status: string;
  amountDue: number;
  amountPaid: number;
  currency: string;
  createdAt: Date;
  url: string | null;
}

export interface ReceiptSummary {
  id: string;
  description: string | null;
  amount: number;
  amountRefunded: number;
  currency: string;
  createdAt: Date;
  url: string | null;
}

export interface BillingHistory {
  invoices: InvoiceSummary[];
  receipts: ReceiptSummary[];
}

/** `oneTimePaymentIntents`: the payment intents of our one-time purchases (their receipts). */
export async function loadBillingHistory(
  stripe: Stripe,
  customerId: string,
  oneTimePaymentIntents: readonly string[],
): Promise<BillingHistory> {
  const [invoices, charges] = await Promise.all([
    stripe.invoices.list({ customer: customerId, limit: 24 }),
    stripe.charges.list({ customer: customerId, limit: 24 }),
  ]);
  const oneTime = new Set(oneTimePaymentIntents);
  return {
    invoices: invoices.data
      .filter((invoice) => invoice.status !== "draft")
      .map((invoice) => ({
        id: invoice.id,
        number: invoice.number,
        status: invoice.status ?? "open",
        amountDue: invoice.amount_due,
        amountPaid: invoice.amount_paid,
        currency: invoice.currency,
        createdAt: fromUnixSeconds(invoice.created) ?? new Date(0),
        url: invoice.hosted_invoice_url ?? null,
      })),
    receipts: charges.data
      .filter((charge) => {
        const intent = idOf(charge.payment_intent);
        return charge.status === "succeeded" && intent !== null && oneTime.has(intent);
      })
      .map((charge) => ({
        id: charge.id,
        description: charge.description,
        amount: charge.amount,
        amountRefunded: charge.amount_refunded,
        currency: charge.currency,
        createdAt: fromUnixSeconds(charge.created) ?? new Date(0),
        url: charge.receipt_url,
      })),
  };
}
