/**
 * What happens at a subscription's period end: a scheduled cancellation takes effect, or a trial
 * ends, a new period starts and its invoice is collected; failures enter dunning (`past_due`, then
 * the configured final status). Paused collection voids the period's invoice instead.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import { collectInvoice, createSubscriptionInvoice } from "./invoicing";
import {
  addInterval,
  cancelSubscriptionNow,
  changeSubscription,
  currentPeriodEnd,
} from "./subscription-changes";

function internalOf(core: EmulatorCore, subscription: Stripe.Subscription) {
  const existing = core.state.internal.subscriptions[subscription.id];
  if (existing) return existing;
  const created = { failedAttempts: 0, nextRetryAt: null };
  core.state.internal.subscriptions[subscription.id] = created;
  return created;
}

export function renewSubscription(core: EmulatorCore, subscription: Stripe.Subscription): void {
  const periodEnd = currentPeriodEnd(subscription);
  const cancelAt = subscription.cancel_at;
  if (subscription.cancel_at_period_end || (cancelAt !== null && cancelAt <= periodEnd)) {
    cancelSubscriptionNow(core, subscription, "cancellation_requested");
    return;
  }
  const price = subscription.items.data[0]?.price;
  const nextEnd = addInterval(
    periodEnd,
    price?.recurring?.interval ?? "month",
    price?.recurring?.interval_count ?? 1,
  );
  const wasTrialing = subscription.status === "trialing";
  changeSubscription(core, subscription, (sub) => {
    for (const item of sub.items.data) {
      item.current_period_start = periodEnd;
      item.current_period_end = nextEnd;
    }
    if (wasTrialing) sub.status = "active";
  });
  const period = { start: periodEnd, end: nextEnd };
  const invoice = createSubscriptionInvoice(core, subscription, {
    billingReason: "subscription_cycle",
    period,
    trial: false,
  });
  const pause = subscription.pause_collection;
  if (pause) {
    applyPausedCollection(core, invoice, pause.behavior);
    return;
  }
  const internal = internalOf(core, subscription);
  const retryAt = core.now() + core.dunning.retryIntervalSeconds;
  const outcome = collectInvoice(
    core,
    invoice,
    subscription,
    core.dunning.maxAttempts > 1 ? retryAt : null,
  );
  if (outcome === "failed") {
    internal.failedAttempts = 1;
    enterOrFinishDunning(core, subscription, retryAt);
  }
}

function applyPausedCollection(
  core: EmulatorCore,
  invoice: Stripe.Invoice,
  behavior: string,
): void {
  if (behavior === "void") {
    invoice.status = "void";
    invoice.status_transitions.voided_at = core.now();
    core.recordEvent({ type: "invoice.voided", object: invoice });
  } else if (behavior === "mark_uncollectible") {
    invoice.status = "uncollectible";
    invoice.status_transitions.marked_uncollectible_at = core.now();
    core.recordEvent({ type: "invoice.updated", object: invoice });
  } else {
    invoice.status = "draft";
    invoice.status_transitions.finalized_at = null;
    core.recordEvent({ type: "invoice.updated", object: invoice });
  }
}

function enterOrFinishDunning(
  core: EmulatorCore,
  subscription: Stripe.Subscription,
  retryAt: number,
): void {
  const internal = internalOf(core, subscription);
  if (internal.failedAttempts < core.dunning.maxAttempts) {
    internal.nextRetryAt = retryAt;
    changeSubscription(core, subscription, (sub) => {
      sub.status = "past_due";
    });
    return;
  }
  internal.nextRetryAt = null;
  if (core.dunning.finalAction === "cancel") {
    cancelSubscriptionNow(core, subscription, "payment_failed");
  } else {
    const status = core.dunning.finalAction;
    changeSubscription(core, subscription, (sub) => {
      sub.status = status;
    });
  }
}

/** A dunning retry of the subscription's open invoice. */
export function retryPastDueInvoice(core: EmulatorCore, subscription: Stripe.Subscription): void {
  const internal = internalOf(core, subscription);
  internal.nextRetryAt = null;
  const invoice =
    typeof subscription.latest_invoice === "string"
      ? core.state.invoices[subscription.latest_invoice]
      : undefined;
  if (invoice?.status !== "open") return;
  internal.failedAttempts += 1;
  const retryAt = core.now() + core.dunning.retryIntervalSeconds;
  const last = internal.failedAttempts >= core.dunning.maxAttempts;
  const outcome = collectInvoice(core, invoice, subscription, last ? null : retryAt);
  if (outcome === "paid") {
    internal.failedAttempts = 0;
    changeSubscription(core, subscription, (sub) => {
      sub.status = "active";
    });
    return;
  }
  if (outcome === "failed") enterOrFinishDunning(core, subscription, retryAt);
}
