/**
 * The test clock. Advancing it walks through every due milestone in time order — Checkout Session
 * expiry, trial end, period renewal, dunning retry, scheduled cancellation, pause end — with the
 * emulated "now" set to that moment, so events and periods carry the times Stripe would give them.
 */
import type Stripe from "stripe";

import type { EmulatorCore } from "../core";
import { renewSubscription, retryPastDueInvoice } from "./renew-subscription";
import {
  cancelSubscriptionNow,
  currentPeriodEnd,
  setPauseCollection,
} from "./subscription-changes";

interface Milestone {
  at: number;
  run: () => void;
}

const RENEWING: readonly string[] = ["active", "trialing", "past_due"];

function findNextMilestone(core: EmulatorCore, until: number): Milestone | null {
  let next: Milestone | null = null;
  const consider = (at: number | null, run: () => void) => {
    if (at !== null && at <= until && (next === null || at < next.at)) next = { at, run };
  };
  for (const session of Object.values(core.state.checkoutSessions)) {
    if (session.status === "open")
      consider(session.expires_at, () => expireCheckoutSession(core, session));
  }
  for (const subscription of Object.values(core.state.subscriptions)) {
    if (!RENEWING.includes(subscription.status)) continue;
    const resumesAt = subscription.pause_collection?.resumes_at ?? null;
    // Registered before the period end so that, at the same second, cancellation wins over renewal.
    consider(subscription.cancel_at, () => cancelSubscriptionNow(core, subscription));
    consider(resumesAt, () => setPauseCollection(core, subscription, null));
    consider(currentPeriodEnd(subscription), () => renewSubscription(core, subscription));
    const internal = core.state.internal.subscriptions[subscription.id];
    if (subscription.status === "past_due" && internal) {
      consider(internal.nextRetryAt, () => retryPastDueInvoice(core, subscription));
    }
  }
  return next;
}

export function expireCheckoutSession(core: EmulatorCore, session: Stripe.Checkout.Session): void {
  session.status = "expired";
  session.url = null;
  core.recordEvent({ type: "checkout.session.expired", object: session });
}

/** Moves the clock forward; returns how many milestones ran. */
export function advanceClock(core: EmulatorCore, seconds: number): number {
  const target = core.now() + seconds;
  let processed = 0;
  // A cap keeps a bad setting (e.g. a daily price advanced by decades) from looping for ever.
  while (processed < 10_000) {
    const milestone = findNextMilestone(core, target);
    if (!milestone) break;
    core.state.clockOffset += Math.max(0, milestone.at - core.now());
    milestone.run();
    processed += 1;
  }
  core.state.clockOffset += Math.max(0, target - core.now());
  return processed;
}
