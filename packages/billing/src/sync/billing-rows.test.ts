/** The pure Stripe → row mapping: refunds, async payments, cancel_at, paused collection. */
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";

import type { KnownPrice } from "./billing-rows";
import { toPurchaseRow, toSubscriptionRow } from "./billing-rows";

const now = new Date("2026-11-30T12:00:00Z");
const price: KnownPrice = {
  id: "00000000-0000-4000-8000-000000000001",
  productId: "00000000-0000-4000-8000-000000000002",
  programId: "00000000-0000-4000-8000-000000000003",
  kind: "program",
  stripePriceId: "price_1",
};

function session(overrides: Partial<Stripe.Checkout.Session> = {}) {
  return {
    id: "cs_1",
    created: 1_790_000_000,
    amount_total: 7900,
    currency: "usd",
    payment_intent: "pi_1",
    payment_status: "paid",
    ...overrides,
  } as Stripe.Checkout.Session;
}

function charge(overrides: Partial<Stripe.Charge> = {}) {
  return { id: "ch_1", created: 1_790_000_100, refunded: false, ...overrides } as Stripe.Charge;
}

describe("toPurchaseRow", () => {
  it("is paid once Stripe says so, and refunded only when fully refunded", () => {
    expect(toPurchaseRow("u", session(), price, undefined, [charge()], undefined, now).status).toBe(
      "paid",
    );
    const partly = charge({ amount_refunded: 1000 });
    expect(toPurchaseRow("u", session(), price, undefined, [partly], undefined, now).status).toBe(
      "paid",
    );
    const refunded = charge({
      refunded: true,
      refunds: { data: [{ created: 1_790_000_500 }] } as Stripe.ApiList<Stripe.Refund>,
    });
    const row = toPurchaseRow("u", session(), price, undefined, [refunded], undefined, now);
    expect(row).toMatchObject({ status: "refunded", refundedAt: new Date(1_790_000_500_000) });
  });

  it("waits while a delayed payment processes and fails when it fails", () => {
    const unpaid = session({ payment_status: "unpaid" });
    const processing = { status: "processing" } as Stripe.PaymentIntent;
    const failed = { status: "requires_payment_method" } as Stripe.PaymentIntent;
    expect(toPurchaseRow("u", unpaid, price, processing, [], undefined, now).status).toBe(
      "pending",
    );
    expect(toPurchaseRow("u", unpaid, price, failed, [], undefined, now).status).toBe("failed");
  });
});

function subscription(overrides: Partial<Stripe.Subscription> = {}) {
  return {
    id: "sub_1",
    customer: "cus_1",
    status: "active",
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    ended_at: null,
    trial_end: null,
    pause_collection: null,
    latest_invoice: null,
    items: { data: [{ current_period_end: 1_800_000_000 }] },
    ...overrides,
  } as unknown as Stripe.Subscription;
}

describe("toSubscriptionRow", () => {
  const membership = { ...price, kind: "membership" as const, programId: null };

  it("treats cancel_at at the period end like cancel_at_period_end", () => {
    const row = toSubscriptionRow(
      "u",
      subscription({ cancel_at: 1_800_000_000 }),
      membership,
      undefined,
      now,
    );
    expect(row).toMatchObject({
      cancelAtPeriodEnd: true,
      currentPeriodEnd: new Date(1_800_000_000_000),
    });
  });

  it("stores paused collection as paused: no money, no access", () => {
    const paused = subscription({
      pause_collection: { behavior: "void", resumes_at: null },
    });
    expect(toSubscriptionRow("u", paused, membership, undefined, now).status).toBe("paused");
  });

  it("keeps the first past_due moment across syncs, else takes the failed invoice's", () => {
    const pastDue = subscription({
      status: "past_due",
      latest_invoice: { created: 1_799_000_000 } as Stripe.Invoice,
    });
    expect(toSubscriptionRow("u", pastDue, membership, undefined, now).pastDueSince).toEqual(
      new Date(1_799_000_000_000),
    );
    const earlier = new Date("2026-11-01T00:00:00Z");
    expect(
      toSubscriptionRow(
        "u",
        pastDue,
        membership,
        { status: "past_due", pastDueSince: earlier },
        now,
      ).pastDueSince,
    ).toEqual(earlier);
    expect(
      toSubscriptionRow("u", subscription(), membership, undefined, now).pastDueSince,
    ).toBeNull();
  });
});
