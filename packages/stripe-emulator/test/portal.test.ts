import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Catalog } from "./helpers/fixtures";
import type { Harness } from "./helpers/harness";
import { createCatalog, payWithCard, postForm } from "./helpers/fixtures";
import { startHarness } from "./helpers/harness";

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

async function subscribedCustomer() {
  const customer = await harness.stripe.customers.create({ email: "runner@example.com" });
  const session = await harness.stripe.checkout.sessions.create({
    mode: "subscription",
    customer: customer.id,
    line_items: [{ price: catalog.monthly.id, quantity: 1 }],
    success_url: "http://shop.test/return",
  });
  await payWithCard(session, "4242424242424242");
  const [subscription] = (await harness.stripe.subscriptions.list({ customer: customer.id })).data;
  if (!subscription) throw new Error("no subscription");
  const portal = await harness.stripe.billingPortal.sessions.create({
    customer: customer.id,
    return_url: "http://shop.test/account",
  });
  return { customer, subscription, portal };
}

function actionUrl(portalUrl: string, subscriptionId: string, action: string): string {
  return `${portalUrl}/subscriptions/${subscriptionId}/${action}`;
}

describe("billing portal", () => {
  it("shows the subscription, its actions and a link back", async () => {
    const { portal, subscription } = await subscribedCustomer();
    expect(portal.url).toMatch(/\/portal\/bps_/);
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain("Knee Pain Solution — $19.00 per month");
    expect(page).toContain(`/subscriptions/${subscription.id}/cancel`);
    expect(page).toContain("Switch to Knee Pain Solution — $190.00 per year");
    expect(page).toContain('href="http://shop.test/account"');
  });

  it("cancels at period end, then the clock ends the subscription", async () => {
    const { portal, subscription } = await subscribedCustomer();
    const response = await postForm(actionUrl(portal.url, subscription.id, "cancel"), {});
    expect(response.status).toBe(303);
    const pending = await harness.stripe.subscriptions.retrieve(subscription.id);
    expect(pending).toMatchObject({ status: "active", cancel_at_period_end: true });
    const [updated] = await harness.eventsOfType("customer.subscription.updated");
    expect(updated?.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });

    const periodEnd = pending.items.data[0]?.current_period_end ?? 0;
    const { now } = await harness.emulator.control.getClock();
    await harness.emulator.control.advanceClock(periodEnd - now + 1);
    const [deleted] = await harness.eventsOfType("customer.subscription.deleted");
    expect(deleted?.data.object).toMatchObject({
      id: subscription.id,
      status: "canceled",
      ended_at: periodEnd,
    });
    expect(await harness.eventsOfType("invoice.created")).toHaveLength(1);
  });

  it("resumes a subscription set to cancel", async () => {
    const { portal, subscription } = await subscribedCustomer();
    await postForm(actionUrl(portal.url, subscription.id, "cancel"), {});
    await postForm(actionUrl(portal.url, subscription.id, "resume"), {});
    const resumed = await harness.stripe.subscriptions.retrieve(subscription.id);
    expect(resumed).toMatchObject({ cancel_at_period_end: false, cancel_at: null });
    expect(await harness.eventsOfType("customer.subscription.updated")).toHaveLength(2);
  });

  it("switches monthly to yearly and invoices the new period", async () => {
    const { portal, subscription } = await subscribedCustomer();
    await postForm(actionUrl(portal.url, subscription.id, "switch"), { price: catalog.yearly.id });
    const switched = await harness.stripe.subscriptions.retrieve(subscription.id, {
      expand: ["latest_invoice"],
    });
    expect(switched.items.data[0]?.price.id).toBe(catalog.yearly.id);
    expect(switched.latest_invoice).toMatchObject({
      amount_paid: 19_000,
      billing_reason: "subscription_update",
    });
    const [updated] = await harness.eventsOfType("customer.subscription.updated");
    expect(updated?.data.previous_attributes).toHaveProperty("items");
  });

  it("rejects switching to a price of another product", async () => {
    const { portal, subscription } = await subscribedCustomer();
    const other = await harness.stripe.prices.create({
      product_data: { name: "Other" },
      currency: "usd",
      unit_amount: 100,
      recurring: { interval: "month" },
    });
    const response = await postForm(actionUrl(portal.url, subscription.id, "switch"), {
      price: other.id,
    });
    expect(response.status).toBe(400);
  });

  it("pauses and resumes payments, and cancels now", async () => {
    const { portal, subscription } = await subscribedCustomer();
    await postForm(actionUrl(portal.url, subscription.id, "pause"), {});
    expect(
      (await harness.stripe.subscriptions.retrieve(subscription.id)).pause_collection,
    ).toMatchObject({ behavior: "void" });
    await postForm(actionUrl(portal.url, subscription.id, "unpause"), {});
    expect(
      (await harness.stripe.subscriptions.retrieve(subscription.id)).pause_collection,
    ).toBeNull();

    const canceled = await postForm(actionUrl(portal.url, subscription.id, "cancel-now"), {});
    expect(canceled.headers.get("location")).toContain("done=cancel-now");
    expect((await harness.stripe.subscriptions.retrieve(subscription.id)).status).toBe("canceled");
    expect(await harness.eventsOfType("customer.subscription.deleted")).toHaveLength(1);
  });

  it("refuses actions on another customer's subscription", async () => {
    const { subscription } = await subscribedCustomer();
    const stranger = await harness.stripe.customers.create({ email: "stranger@example.com" });
    const portal = await harness.stripe.billingPortal.sessions.create({ customer: stranger.id });
    const response = await postForm(actionUrl(portal.url, subscription.id, "cancel-now"), {});
    expect(response.status).toBe(404);
    expect((await harness.stripe.subscriptions.retrieve(subscription.id)).status).toBe("active");
  });
});
