/**
 * Changes to a subscription that the API, the billing portal and the test clock share. Each runs
 * through `changeSubscription`, which records `customer.subscription.updated` (or `.deleted`) with
 * `previous_attributes` computed from a before/after snapshot, as Stripe does.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import { diffTopLevel, toJsonObject } from "../lib/json";
import { buildPlanFromPrice } from "../objects/catalog";
import { collectInvoice, createSubscriptionInvoice } from "./invoicing";

export function changeSubscription(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  mutate: (subscription: Stripe.Subscription) => void,
): void {
  const before = toJsonObject(subscription);
  mutate(subscription);
  const previous = diffTopLevel(before, toJsonObject(subscription));
  if (Object.keys(previous).length === 0) return;
  const type =
    subscription.status === "canceled" && before.status !== "canceled"
      ? "customer.subscription.deleted"
      : "customer.subscription.updated";
  core.recordEvent(
    { type, object: subscription },
    type === "customer.subscription.updated" ? previous : undefined,
  );
}

export function currentPeriodEnd(subscription: Stripe.Subscription): number {
  return subscription.items.data[0]?.current_period_end ?? subscription.billing_cycle_anchor;
}

export function setCancelAtPeriodEnd(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  cancel: boolean,
): void {
  changeSubscription(core, subscription, (sub) => {
    sub.cancel_at_period_end = cancel;
    sub.cancel_at = cancel ? currentPeriodEnd(sub) : null;
    sub.canceled_at = cancel ? core.now() : null;
    sub.cancellation_details = {
      comment: null,
      feedback: null,
      feedback_option: null,
      reason: cancel ? "cancellation_requested" : null,
    };
  });
}

export function cancelSubscriptionNow(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  reason: Stripe.Subscription.CancellationDetails.Reason = "cancellation_requested",
): void {
  changeSubscription(core, subscription, (sub) => {
    const now = core.now();
    sub.status = "canceled";
    sub.canceled_at = sub.canceled_at ?? now;
    sub.ended_at = now;
    sub.cancel_at_period_end = false;
    sub.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason };
  });
}

export function setPauseCollection(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  pause: Stripe.Subscription.PauseCollection | null,
): void {
  changeSubscription(core, subscription, (sub) => {
    sub.pause_collection = pause;
  });
}

export function addInterval(start: number, interval: string, count: number): number {
  const date = new Date(start * 1000);
  if (interval === "day") return start + count * 86_400;
  if (interval === "week") return start + count * 7 * 86_400;
  const months = interval === "year" ? count * 12 : count;
  const day = date.getUTCDate();
  // Clamp to the month's last day, as Stripe does for anchors on the 29th–31st.
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return Math.floor(date.getTime() / 1000);
}

/**
 * Moves the subscription's item to another price. When the billing interval changes, a new period
 * starts now and is invoiced at once (without proration credit: see README).
 */
export function switchSubscriptionPrice(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  itemId: string | null,
  price: Stripe.Price,
  quantity?: number,
): void {
  const item = subscription.items.data.find(
    (candidate) => itemId === null || candidate.id === itemId,
  );
  if (!item) return;
  const intervalChanged =
    item.price.recurring?.interval !== price.recurring?.interval ||
    item.price.recurring?.interval_count !== price.recurring?.interval_count;
  const startsNewPeriod = intervalChanged && subscription.status !== "trialing";
  changeSubscription(core, subscription, (sub) => {
    item.price = price;
    item.plan = buildPlanFromPrice(price);
    if (quantity !== undefined) item.quantity = quantity;
    if (startsNewPeriod) {
      const now = core.now();
      for (const each of sub.items.data) {
        each.current_period_start = now;
        each.current_period_end = addInterval(
          now,
          price.recurring?.interval ?? "month",
          price.recurring?.interval_count ?? 1,
        );
      }
      sub.billing_cycle_anchor = now;
    }
  });
  if (startsNewPeriod) {
    const period = { start: item.current_period_start, end: item.current_period_end };
    const invoice = createSubscriptionInvoice(core, subscription, {
      billingReason: "subscription_update",
      period,
      trial: false,
    });
    collectInvoice(core, invoice, subscription, null);
  }
}
