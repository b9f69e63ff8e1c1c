import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Catalog } from "./helpers/fixtures";
import type { Harness } from "./helpers/harness";
import { absolute, createCatalog, idOf, payWithCard, postForm } from "./helpers/fixtures";
import { startHarness, WEBHOOK_SECRET } from "./helpers/harness";

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

async function createPaymentSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return harness.stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: catalog.oneTime.id, quantity: 1 }],
    success_url: "http://shop.test/checkout/return?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://shop.test/pricing",
    client_reference_id: "user_42",
    metadata: { program: "knee" },
    payment_intent_data: { metadata: { order: "o-1" } },
    ...extra,
  });
}

describe("hosted checkout in payment mode", () => {
  it("shows the session on an accessible page", async () => {
    const session = await createPaymentSession({ customer_email: "ada@example.com" });
    const page = await fetch(session.url ?? "");
    const body = await page.text();
    expect(page.status).toBe(200);
    expect(body).toContain("Knee Pain Solution");
    expect(body).toContain("$99.00");
    expect(body).toContain('<label for="card_number">Card number</label>');
    expect(body).toContain('value="ada@example.com"');
  });

  it("completes with 4242, redirects to success_url and delivers a verifiable checkout.session.completed", async () => {
    const session = await createPaymentSession({ customer_email: "ada@example.com" });
    const response = await payWithCard(session, "4242 4242 4242 4242", "ada@example.com");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `http://shop.test/checkout/return?session_id=${session.id}`,
    );

    const [completed] = await harness.eventsOfType("checkout.session.completed");
    if (completed?.type !== "checkout.session.completed")
      throw new Error("checkout.session.completed not delivered");
    expect(completed.data.object).toMatchObject({
      id: session.id,
      status: "complete",
      payment_status: "paid",
      client_reference_id: "user_42",
      metadata: { program: "knee" },
      customer_details: { email: "ada@example.com" },
    });

    const retrieved = await harness.stripe.checkout.sessions.retrieve(session.id, {
      expand: ["payment_intent", "line_items"],
    });
    const intent = retrieved.payment_intent;
    if (typeof intent !== "object" || intent === null)
      throw new Error("payment_intent was not expanded");
    expect(intent).toMatchObject({ status: "succeeded", amount: 9900, metadata: { order: "o-1" } });
    expect(retrieved.line_items?.data[0]).toMatchObject({ quantity: 1, amount_total: 9900 });
    // Stripe's default customer_creation (if_required) leaves a one-time payment without a Customer.
    expect(retrieved.customer).toBeNull();

    const charges = await harness.stripe.charges.list({ payment_intent: intent.id });
    expect(charges.data[0]).toMatchObject({ paid: true, status: "succeeded", amount: 9900 });
  });

  it("creates a customer when asked, or uses the one given", async () => {
    const always = await createPaymentSession({
      customer_email: "new@example.com",
      customer_creation: "always",
    });
    await payWithCard(always, "4242424242424242", "new@example.com");
    const created = await harness.stripe.checkout.sessions.retrieve(always.id);
    expect(typeof created.customer).toBe("string");

    const customer = await harness.stripe.customers.create({ email: "known@example.com" });
    const withCustomer = await createPaymentSession({ customer: customer.id });
    await payWithCard(withCustomer, "4242424242424242", "known@example.com");
    const intents = await harness.stripe.paymentIntents.list({ customer: customer.id });
    expect(intents.data).toHaveLength(1);
  });

  it("shows a decline on the page and keeps the session open", async () => {
    const session = await createPaymentSession();
    const response = await payWithCard(session, "4000 0000 0000 0002");
    expect(response.status).toBe(402);
    expect(await response.text()).toContain("Your card was declined.");
    expect((await harness.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");

    const retry = await payWithCard(session, "4242424242424242");
    expect(retry.status).toBe(303);
  });

  it("runs the 3-D Secure card through an Authorise step before succeeding", async () => {
    const session = await createPaymentSession();
    const first = await payWithCard(session, "4000000000003220");
    expect(first.status).toBe(303);
    const challengeUrl = absolute(harness.emulator.url, first.headers.get("location"));
    expect(challengeUrl).toContain(`/checkout/${session.id}/authenticate`);
    const challenge = await (await fetch(challengeUrl)).text();
    expect(challenge).toContain("Authorise");
    expect((await harness.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");

    const approved = await postForm(challengeUrl, { decision: "approve" });
    expect(approved.status).toBe(303);
    expect(approved.headers.get("location")).toContain(session.id);
    expect((await harness.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe(
      "paid",
    );
  });

  it("returns to the form with an error when 3-D Secure fails", async () => {
    const session = await createPaymentSession();
    const first = await payWithCard(session, "4000000000003220");
    const failed = await postForm(absolute(harness.emulator.url, first.headers.get("location")), {
      decision: "fail",
    });
    expect(failed.status).toBe(402);
    expect(await failed.text()).toContain("unable to authenticate");
    expect((await harness.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it("completes an async payment unpaid, then fires async_payment_succeeded when settled", async () => {
    const session = await createPaymentSession();
    expect((await payWithCard(session, "4000000000000077")).status).toBe(303);
    const completed = await harness.stripe.checkout.sessions.retrieve(session.id);
    expect(completed).toMatchObject({ status: "complete", payment_status: "unpaid" });

    await harness.emulator.control.settleAsyncPayment(session.id, "succeeded");
    const [succeeded] = await harness.eventsOfType("checkout.session.async_payment_succeeded");
    expect(succeeded?.data.object).toMatchObject({ id: session.id, payment_status: "paid" });
  });

  it("fires async_payment_failed when the async payment fails", async () => {
    const session = await createPaymentSession();
    await payWithCard(session, "4000000000000077");
    await harness.emulator.control.settleAsyncPayment(session.id, "failed");
    const failed = await harness.eventsOfType("checkout.session.async_payment_failed");
    expect(failed).toHaveLength(1);
    expect((await harness.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe(
      "unpaid",
    );
  });

  it("accepts a promotion code on the page when allowed", async () => {
    const coupon = await harness.stripe.coupons.create({ percent_off: 25, duration: "once" });
    await harness.stripe.promotionCodes.create({
      promotion: { type: "coupon", coupon: coupon.id },
      code: "KNEE25",
    });
    const session = await createPaymentSession({ allow_promotion_codes: true });
    const page = await (await fetch(session.url ?? "")).text();
    expect(page).toContain('<label for="promotion_code">Promotion code</label>');

    const invalid = await postForm(`${session.url ?? ""}/promotion`, {
      intent: "apply",
      promotion_code: "NOPE",
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain("This code is invalid.");

    const applied = await postForm(`${session.url ?? ""}/promotion`, {
      intent: "apply",
      promotion_code: "knee25",
    });
    expect(applied.status).toBe(303);
    const discounted = await harness.stripe.checkout.sessions.retrieve(session.id);
    expect(discounted).toMatchObject({
      amount_subtotal: 9900,
      amount_total: 7425,
      total_details: { amount_discount: 2475 },
    });

    await payWithCard(discounted, "4242424242424242");
    const paid = await harness.stripe.checkout.sessions.retrieve(session.id);
    const intent = await harness.stripe.paymentIntents.retrieve(idOf(paid.payment_intent));
    expect(intent.amount).toBe(7425);
  });

  it("applies a coupon given in `discounts`", async () => {
    const coupon = await harness.stripe.coupons.create({
      amount_off: 1000,
      currency: "usd",
      duration: "once",
    });
    const session = await createPaymentSession({ discounts: [{ coupon: coupon.id }] });
    expect(session.amount_total).toBe(8900);
  });

  it("validates params like Stripe", async () => {
    const { stripe } = harness;
    const both = await stripe.checkout.sessions
      .create({
        mode: "payment",
        line_items: [{ price: catalog.oneTime.id, quantity: 1 }],
        allow_promotion_codes: true,
        discounts: [{ coupon: "x" }],
      })
      .catch((caught: unknown) => caught);
    expect(both).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const recurringInPayment = await stripe.checkout.sessions
      .create({ mode: "payment", line_items: [{ price: catalog.monthly.id, quantity: 1 }] })
      .catch((caught: unknown) => caught);
    expect(recurringInPayment).toMatchObject({ param: "mode" });
    await stripe.prices.update(catalog.oneTime.id, { active: false });
    const inactive = await stripe.checkout.sessions
      .create({ mode: "payment", line_items: [{ price: catalog.oneTime.id, quantity: 1 }] })
      .catch((caught: unknown) => caught);
    expect(inactive).toMatchObject({ param: "line_items[0][price]" });
  });

  it("expires an open session and lists sessions", async () => {
    const session = await createPaymentSession();
    const expired = await harness.stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe("expired");
    expect(await harness.eventsOfType("checkout.session.expired")).toHaveLength(1);
    const page = await fetch(session.url ?? "");
    expect(page.status).toBe(410);
    const listed = await harness.stripe.checkout.sessions.list({ status: "expired" });
    expect(listed.data.map((item) => item.id)).toEqual([session.id]);
    const lineItems = await harness.stripe.checkout.sessions.listLineItems(session.id);
    expect(lineItems.data[0]?.price?.id).toBe(catalog.oneTime.id);
  });

  it("signs every webhook so only the right secret verifies it", async () => {
    const session = await createPaymentSession();
    await payWithCard(session, "4242424242424242");
    await harness.emulator.control.waitForDeliveries();
    const [webhook] = harness.receiver.received;
    if (!webhook) throw new Error("no webhook received");
    expect(() =>
      harness.stripe.webhooks.constructEvent(webhook.body, webhook.signature, WEBHOOK_SECRET),
    ).not.toThrow();
    expect(() =>
      harness.stripe.webhooks.constructEvent(webhook.body, webhook.signature, "whsec_wrong"),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });
});
