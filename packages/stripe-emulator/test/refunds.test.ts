import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Harness } from "./helpers/harness";
import { createCatalog, idOf, payWithCard } from "./helpers/fixtures";
import { startHarness } from "./helpers/harness";

let harness: Harness;
let paymentIntentId: string;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());
beforeEach(async () => {
  await harness.reset();
  const catalog = await createCatalog(harness.stripe);
  const session = await harness.stripe.checkout.sessions.create({
    mode: "payment",
    customer_creation: "always",
    line_items: [{ price: catalog.oneTime.id, quantity: 1 }],
    success_url: "http://shop.test/return",
  });
  await payWithCard(session, "4242424242424242");
  paymentIntentId = idOf(
    (await harness.stripe.checkout.sessions.retrieve(session.id)).payment_intent,
  );
});

describe("refunds", () => {
  it("refunds a payment intent in full and emits charge.refunded", async () => {
    const refund = await harness.stripe.refunds.create({
      payment_intent: paymentIntentId,
      reason: "requested_by_customer",
    });
    expect(refund).toMatchObject({
      object: "refund",
      amount: 9900,
      status: "succeeded",
      payment_intent: paymentIntentId,
    });

    const charge = await harness.stripe.charges.retrieve(idOf(refund.charge), {
      expand: ["refunds"],
    });
    expect(charge).toMatchObject({ refunded: true, amount_refunded: 9900 });
    expect(charge.refunds?.data.map((item) => item.id)).toEqual([refund.id]);

    const [refunded] = await harness.eventsOfType("charge.refunded");
    expect(refunded?.data.object).toMatchObject({ id: charge.id, refunded: true });
    expect(refunded?.data.previous_attributes).toMatchObject({
      amount_refunded: 0,
      refunded: false,
    });
    expect(await harness.eventsOfType("refund.created")).toHaveLength(1);
  });

  it("refunds part of a charge, then refuses more than what is left", async () => {
    const intent = await harness.stripe.paymentIntents.retrieve(paymentIntentId);
    const chargeId = idOf(intent.latest_charge);
    await harness.stripe.refunds.create({ charge: chargeId, amount: 4000 });
    const charge = await harness.stripe.charges.retrieve(chargeId);
    expect(charge).toMatchObject({ refunded: false, amount_refunded: 4000 });

    const error: unknown = await harness.stripe.refunds
      .create({ charge: chargeId, amount: 6000 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ code: "amount_too_large", param: "amount" });

    await harness.stripe.refunds.create({ charge: chargeId });
    const again: unknown = await harness.stripe.refunds
      .create({ charge: chargeId })
      .catch((caught: unknown) => caught);
    expect(again).toMatchObject({ code: "charge_already_refunded" });
    expect((await harness.stripe.refunds.list({ charge: chargeId })).data).toHaveLength(2);
  });

  it("shows the refund on the charge receipt page", async () => {
    const refund = await harness.stripe.refunds.create({
      payment_intent: paymentIntentId,
      amount: 100,
    });
    const charge = await harness.stripe.charges.retrieve(idOf(refund.charge));
    const page = await (await fetch(charge.receipt_url ?? "")).text();
    expect(page).toContain("refunded $1.00");
  });
});
