import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Catalog } from "./helpers/fixtures";
import type { Harness } from "./helpers/harness";
import { createCatalog, idOf, payWithCard } from "./helpers/fixtures";
import { startHarness } from "./helpers/harness";

const DAY = 86_400;

let harness: Harness;
let catalog: Catalog;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());
beforeEach(async () => {
  await harness.reset();
  catalog = await createCatalog(harness.stripe);
});

async function subscribe(
  card: string,
  subscriptionData: Stripe.Checkout.SessionCreateParams.SubscriptionData = {},
) {
  const session = await harness.stripe.checkout.sessions.create({
    mode: "subscription",
    line_items: [{ price: catalog.monthly.id, quantity: 1 }],
    customer_email: "runner@example.com",
    success_url: "http://shop.test/return?session_id={CHECKOUT_SESSION_ID}",
    subscription_data: { metadata: { user_id: "u1" }, ...subscriptionData },
  });
  const response = await payWithCard(session, card);
  expect(response.status).toBe(303);
  const completed = await harness.stripe.checkout.sessions.retrieve(session.id, {
    expand: ["subscription", "customer"],
  });
  const subscription = completed.subscription;
  if (typeof subscription !== "object" || subscription === null)
    throw new Error("subscription was not expanded");
  return { session: completed, subscription };
}

describe("subscription checkout", () => {
  it("starts a trial, creates the customer and a paid zero invoice", async () => {
    const { session, subscription } = await subscribe("4242424242424242", {
      trial_period_days: 14,
    });
    expect(session).toMatchObject({
      status: "complete",
      payment_status: "no_payment_required",
      amount_total: 0,
    });
    expect(session.customer).toMatchObject({ object: "customer", email: "runner@example.com" });
    expect(subscription).toMatchObject({
      status: "trialing",
      metadata: { user_id: "u1" },
      cancel_at_period_end: false,
    });
    expect((subscription.trial_end ?? 0) - (subscription.trial_start ?? 0)).toBe(14 * DAY);
    expect(subscription.items.data[0]?.current_period_end).toBe(subscription.trial_end);

    const invoices = await harness.stripe.invoices.list({ subscription: subscription.id });
    expect(invoices.data[0]).toMatchObject({
      status: "paid",
      amount_due: 0,
      billing_reason: "subscription_create",
    });
    expect(invoices.data[0]?.hosted_invoice_url).toContain(
      `/invoices/${invoices.data[0]?.id ?? ""}`,
    );

    const types = (await harness.eventsOfType("customer.subscription.created")).map(
      (event) => event.type,
    );
    expect(types).toEqual(["customer.subscription.created"]);
    expect(await harness.eventsOfType("checkout.session.completed")).toHaveLength(1);
  });

  it("charges when the trial ends and renews every period", async () => {
    const { subscription } = await subscribe("4242424242424242", { trial_period_days: 7 });
    await harness.emulator.control.advanceClock(8 * DAY);
    const active = await harness.stripe.subscriptions.retrieve(subscription.id, {
      expand: ["latest_invoice.payments"],
    });
    expect(active.status).toBe("active");
    const invoice = active.latest_invoice;
    if (typeof invoice !== "object" || invoice === null)
      throw new Error("latest_invoice was not expanded");
    expect(invoice).toMatchObject({
      status: "paid",
      amount_paid: 1900,
      billing_reason: "subscription_cycle",
    });
    expect(invoice.payments?.data[0]?.payment.type).toBe("payment_intent");

    await harness.emulator.control.advanceClock(62 * DAY);
    const paid = await harness.eventsOfType("invoice.paid");
    expect(
      paid.map((event) => (event.type === "invoice.paid" ? event.data.object.amount_paid : null)),
    ).toEqual([0, 1900, 1900, 1900]);
    const updated = await harness.eventsOfType("customer.subscription.updated");
    expect(updated[0]?.data.previous_attributes).toMatchObject({ status: "trialing" });
  });

  it("bills immediately without a trial and shows the invoice page", async () => {
    const { session, subscription } = await subscribe("4242424242424242");
    expect(session).toMatchObject({ payment_status: "paid", amount_total: 1900 });
    expect(subscription.status).toBe("active");
    const invoice = await harness.stripe.invoices.retrieve(idOf(subscription.latest_invoice));
    const page = await fetch(invoice.hosted_invoice_url ?? "");
    expect(await page.text()).toContain("$19.00");
  });

  it("dunning: a failing card makes the subscription past_due, then cancels it", async () => {
    await harness.emulator.control.configureDunning({
      maxAttempts: 2,
      retryIntervalSeconds: 2 * DAY,
      finalAction: "cancel",
    });
    const { subscription } = await subscribe("4000000000000341", { trial_period_days: 3 });
    await harness.emulator.control.advanceClock(4 * DAY);
    expect((await harness.stripe.subscriptions.retrieve(subscription.id)).status).toBe("past_due");
    expect(await harness.eventsOfType("invoice.payment_failed")).toHaveLength(1);

    await harness.emulator.control.advanceClock(3 * DAY);
    const canceled = await harness.stripe.subscriptions.retrieve(subscription.id);
    expect(canceled).toMatchObject({
      status: "canceled",
      cancellation_details: { reason: "payment_failed" },
    });
    expect(await harness.eventsOfType("customer.subscription.deleted")).toHaveLength(1);
  });

  it("dunning: recovers when the payment method is fixed before the retry", async () => {
    await harness.emulator.control.configureDunning({
      maxAttempts: 3,
      retryIntervalSeconds: DAY,
      finalAction: "unpaid",
    });
    const { subscription } = await subscribe("4242424242424242");
    await harness.emulator.control.setPaymentMethodFailing(subscription.id, true);
    const { now } = await harness.emulator.control.getClock();
    await harness.emulator.control.advanceClock(
      (subscription.items.data[0]?.current_period_end ?? now) - now + 60,
    );
    expect((await harness.stripe.subscriptions.retrieve(subscription.id)).status).toBe("past_due");
    await harness.emulator.control.setPaymentMethodFailing(subscription.id, false);
    await harness.emulator.control.advanceClock(DAY);
    expect((await harness.stripe.subscriptions.retrieve(subscription.id)).status).toBe("active");
  });

  it("lists subscriptions by customer with status all", async () => {
    const { subscription } = await subscribe("4242424242424242");
    const customer = idOf(subscription.customer);
    await harness.stripe.subscriptions.cancel(subscription.id);
    expect((await harness.stripe.subscriptions.list({ customer })).data).toHaveLength(0);
    const all = await harness.stripe.subscriptions.list({ customer, status: "all" });
    expect(all.data.map((item) => item.status)).toEqual(["canceled"]);
  });

  it("switches price and pauses collection through the API", async () => {
    const { subscription } = await subscribe("4242424242424242");
    const item = subscription.items.data[0];
    const switched = await harness.stripe.subscriptions.update(subscription.id, {
      items: [{ id: item?.id, price: catalog.yearly.id }],
      proration_behavior: "none",
    });
    expect(switched.items.data[0]?.price.id).toBe(catalog.yearly.id);
    const paused = await harness.stripe.subscriptions.update(subscription.id, {
      pause_collection: { behavior: "void" },
    });
    expect(paused.pause_collection).toEqual({ behavior: "void", resumes_at: null });
    const resumed = await harness.stripe.subscriptions.update(subscription.id, {
      pause_collection: "",
    });
    expect(resumed.pause_collection).toBeNull();
  });
});
