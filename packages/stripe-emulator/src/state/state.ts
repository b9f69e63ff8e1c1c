/**
 * Everything the emulator remembers. Stripe objects are kept in their SDK types with references as
 * ids (expansion happens on the way out). `internal` holds what real Stripe keeps hidden: which test
 * card a payment method is, a Checkout Session waiting for 3-D Secure, a subscription's dunning count.
 */
import type Stripe from "stripe";

import type { JsonObject } from "../lib/json";

export type CardBehavior =
  "succeeds" | "declines" | "requires_authentication" | "async" | "attach_then_fail";

export interface PaymentMethodRecord {
  id: string;
  brand: string;
  last4: string;
  behavior: CardBehavior;
  /** Set by the control API: every later charge on this method is declined. */
  failing: boolean;
  customer: string | null;
}

export interface PendingCheckout {
  kind: "requires_authentication";
  email: string;
  paymentMethod: string;
}

/** Creation params that shape what completing the session creates, but are not on the session. */
export interface CheckoutCreationData {
  trialPeriodDays: number | null;
  trialEnd: number | null;
  subscriptionMetadata: Record<string, string>;
  subscriptionDescription: string | null;
  paymentIntentMetadata: Record<string, string>;
  paymentIntentDescription: string | null;
}

export interface CheckoutInternal {
  creation: CheckoutCreationData;
  pending: PendingCheckout | null;
  /** Set when an async-payment card completed the session and the outcome is still to come. */
  awaitingAsyncPayment: boolean;
}

export interface SubscriptionInternal {
  failedAttempts: number;
  /** Seconds: when the next dunning retry of the open invoice happens. */
  nextRetryAt: number | null;
}

export interface InvoicePaymentLink {
  paymentIntent: string | null;
  charge: string | null;
}

export interface EmulatorState {
  version: 1;
  /** Seconds added to the wall clock by the test-clock control. */
  clockOffset: number;
  invoiceSequence: number;
  customers: Record<string, Stripe.Customer>;
  products: Record<string, Stripe.Product>;
  prices: Record<string, Stripe.Price>;
  coupons: Record<string, Stripe.Coupon>;
  promotionCodes: Record<string, Stripe.PromotionCode>;
  discounts: Record<string, Stripe.Discount>;
  checkoutSessions: Record<string, Stripe.Checkout.Session>;
  checkoutLineItems: Record<string, Stripe.LineItem[]>;
  subscriptions: Record<string, Stripe.Subscription>;
  invoices: Record<string, Stripe.Invoice>;
  paymentIntents: Record<string, Stripe.PaymentIntent>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  portalSessions: Record<string, Stripe.BillingPortal.Session>;
  /** Events are snapshots: built as `Stripe.Event`, frozen as JSON at the moment they happen. */
  events: Record<string, JsonObject>;
  internal: {
    paymentMethods: Record<string, PaymentMethodRecord>;
    checkout: Record<string, CheckoutInternal>;
    subscriptions: Record<string, SubscriptionInternal>;
    invoicePayments: Record<string, InvoicePaymentLink>;
  };
}

export function createEmptyState(): EmulatorState {
  return {
    version: 1,
    clockOffset: 0,
    invoiceSequence: 0,
    customers: {},
    products: {},
    prices: {},
    coupons: {},
    promotionCodes: {},
    discounts: {},
    checkoutSessions: {},
    checkoutLineItems: {},
    subscriptions: {},
    invoices: {},
    paymentIntents: {},
    charges: {},
    refunds: {},
    portalSessions: {},
    events: {},
    internal: { paymentMethods: {}, checkout: {}, subscriptions: {}, invoicePayments: {} },
  };
}
