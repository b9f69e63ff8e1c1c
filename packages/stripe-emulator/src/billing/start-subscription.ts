/** Creates the subscription (with trial and discount) and its first invoice when a session is paid. */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import type { PaymentMethodRecord } from "../state/state";
import type { AppliedPromotion } from "./checkout-totals";
import type { ExtraLine } from "./invoicing";
import { createId } from "../lib/ids";
import { buildDiscount } from "../objects/discounts";
import { buildSubscription, buildSubscriptionItem } from "../objects/subscription";
import { collectInvoice, createSubscriptionInvoice } from "./invoicing";
import { addInterval } from "./subscription-changes";

export interface StartedSubscription {
  subscription: Stripe.Subscription;
  invoice: Stripe.Invoice;
  outcome: "paid" | "failed" | "processing";
}

export function startSubscriptionFromCheckout(
  core: EmulatorCore,
  session: Stripe.Checkout.Session,
  customer: Stripe.Customer,
  method: PaymentMethodRecord,
  promotion: AppliedPromotion | null,
): StartedSubscription {
  const now = core.now();
  const creation = core.state.internal.checkout[session.id]?.creation;
  const lineItems = core.state.checkoutLineItems[session.id] ?? [];
  const recurring = lineItems.filter((item) => item.price?.recurring);
  const extraLines: ExtraLine[] = [];
  for (const item of lineItems) {
    if (item.price && !item.price.recurring)
      extraLines.push({ price: item.price, quantity: item.quantity ?? 1 });
  }
  const firstRecurring = recurring[0]?.price?.recurring;
  const trialEnd =
    creation?.trialEnd ??
    (creation?.trialPeriodDays ? now + creation.trialPeriodDays * 86_400 : null);
  const periodEnd =
    trialEnd ??
    addInterval(now, firstRecurring?.interval ?? "month", firstRecurring?.interval_count ?? 1);
  const subscriptionId = createId("sub", 24);
  const items: Stripe.SubscriptionItem[] = [];
  for (const line of recurring) {
    if (line.price) {
      items.push(
        buildSubscriptionItem(
          line.price,
          line.quantity ?? 1,
          subscriptionId,
          { start: now, end: periodEnd },
          now,
        ),
      );
    }
  }
  const discounts: string[] = [];
  if (promotion) {
    const discount = buildDiscount(
      promotion.coupon,
      promotion.promotionCode?.id ?? null,
      {
        customer: customer.id,
        subscription: subscriptionId,
      },
      now,
    );
    core.state.discounts[discount.id] = discount;
    discounts.push(discount.id);
  }
  const subscription = buildSubscription(
    {
      id: subscriptionId,
      customer: customer.id,
      currency: session.currency ?? "usd",
      items,
      metadata: creation?.subscriptionMetadata ?? {},
      description: creation?.subscriptionDescription ?? null,
      trialEnd,
      defaultPaymentMethod: method.id,
      discounts,
    },
    now,
  );
  const dueNow = session.amount_total ?? 0;
  if (method.behavior === "async" && dueNow > 0) subscription.status = "incomplete";
  core.state.subscriptions[subscription.id] = subscription;
  core.state.internal.subscriptions[subscription.id] = { failedAttempts: 0, nextRetryAt: null };
  core.recordEvent({ type: "customer.subscription.created", object: subscription });

  const invoice = createSubscriptionInvoice(core, subscription, {
    billingReason: "subscription_create",
    period: { start: now, end: periodEnd },
    trial: trialEnd !== null,
    extraLines,
  });
  const outcome = collectInvoice(core, invoice, subscription, null);
  return { subscription, invoice, outcome };
}
