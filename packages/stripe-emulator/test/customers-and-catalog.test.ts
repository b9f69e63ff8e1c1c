import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Harness } from "./helpers/harness";
import { startHarness } from "./helpers/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());
beforeEach(async () => harness.reset());

describe("customers", () => {
  it("creates, retrieves, updates and lists customers by email", async () => {
    const { stripe } = harness;
    const created = await stripe.customers.create({
      email: "ada@example.com",
      name: "Ada",
      metadata: { user_id: "u1" },
    });
    expect(created.id).toMatch(/^cus_/);
    expect(created.object).toBe("customer");

    await stripe.customers.create({ email: "bob@example.com" });
    const updated = await stripe.customers.update(created.id, {
      name: "Ada L.",
      metadata: { plan: "knee", user_id: "" },
    });
    expect(updated.name).toBe("Ada L.");
    expect(updated.metadata).toEqual({ plan: "knee" });

    const retrieved = await stripe.customers.retrieve(created.id);
    expect(retrieved).toMatchObject({ id: created.id, name: "Ada L." });

    const byEmail = await stripe.customers.list({ email: "ada@example.com" });
    expect(byEmail.data.map((customer) => customer.id)).toEqual([created.id]);

    const updatedEvents = await harness.eventsOfType("customer.updated");
    expect(updatedEvents[0]?.data.previous_attributes).toMatchObject({
      name: "Ada",
      metadata: { user_id: "u1" },
    });
  });

  it("searches by metadata and email", async () => {
    const { stripe } = harness;
    const ada = await stripe.customers.create({
      email: "ada@example.com",
      metadata: { user_id: "u1" },
    });
    await stripe.customers.create({ email: "bob@example.com", metadata: { user_id: "u2" } });
    const byMetadata = await stripe.customers.search({ query: "metadata['user_id']:'u1'" });
    expect(byMetadata.data.map((customer) => customer.id)).toEqual([ada.id]);
    const byEmail = await stripe.customers.search({
      query: "email:'bob@example.com' OR email:'ada@example.com'",
    });
    expect(byEmail.data).toHaveLength(2);
  });

  it("pages through lists with starting_after and auto-pagination", async () => {
    const { stripe } = harness;
    for (let index = 0; index < 5; index++)
      await stripe.customers.create({ email: `c${index}@example.com` });
    const first = await stripe.customers.list({ limit: 2 });
    expect(first.has_more).toBe(true);
    const last = first.data.at(-1);
    const second = await stripe.customers.list({ limit: 2, starting_after: last?.id });
    expect(second.data.map((customer) => customer.email)).toEqual([
      "c2@example.com",
      "c1@example.com",
    ]);
    const all = await stripe.customers.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
    expect(all).toHaveLength(5);
  });

  it("answers unknown ids with a 404 the SDK raises as StripeInvalidRequestError", async () => {
    const error: unknown = await harness.stripe.customers
      .retrieve("cus_missing")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: "resource_missing", param: "id" });
  });

  it("rejects requests without a test-mode API key", async () => {
    const response = await fetch(`${harness.emulator.url}/v1/customers`);
    expect(response.status).toBe(401);
    const live = new Stripe("sk_live_nope", {
      host: "localhost",
      port: harness.emulator.port,
      protocol: "http",
    });
    await expect(live.customers.list()).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );
  });
});

describe("products and prices", () => {
  it("creates one-time and recurring prices, archives, and filters lists", async () => {
    const { stripe } = harness;
    const product = await stripe.products.create({ name: "Knee Pain Solution" });
    const other = await stripe.products.create({ name: "Back Program" });
    const oneTime = await stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 9900,
    });
    const yearly = await stripe.prices.create({
      product: product.id,
      currency: "usd",
      unit_amount: 19_000,
      recurring: { interval: "year" },
    });
    await stripe.prices.create({ product: other.id, currency: "usd", unit_amount: 500 });

    expect(oneTime).toMatchObject({
      type: "one_time",
      recurring: null,
      unit_amount: 9900,
      active: true,
    });
    expect(yearly.recurring).toMatchObject({ interval: "year", interval_count: 1 });
    expect(yearly.unit_amount_decimal?.toString()).toBe("19000");

    const forProduct = await stripe.prices.list({ product: product.id });
    expect(forProduct.data.map((price) => price.id).sort()).toEqual([oneTime.id, yearly.id].sort());

    const archivedPrice = await stripe.prices.update(oneTime.id, { active: false });
    expect(archivedPrice.active).toBe(false);
    expect(
      (await stripe.prices.list({ product: product.id, active: true })).data.map(
        (price) => price.id,
      ),
    ).toEqual([yearly.id]);

    const archived = await stripe.products.update(other.id, { active: false });
    expect(archived.active).toBe(false);
    expect((await stripe.products.list({ active: true })).data.map((item) => item.id)).toEqual([
      product.id,
    ]);
    expect((await stripe.products.retrieve(product.id)).name).toBe("Knee Pain Solution");
  });

  it("creates a default price with the product and expands it", async () => {
    const { stripe } = harness;
    const product = await stripe.products.create({
      name: "Knee",
      default_price_data: { currency: "usd", unit_amount: 4900, recurring: { interval: "month" } },
      expand: ["default_price"],
    });
    expect(product.default_price).toMatchObject({ object: "price", unit_amount: 4900 });
  });

  it("reports a missing required param the way Stripe does", async () => {
    const error: unknown = await harness.stripe.prices
      .create({ currency: "usd", unit_amount: 100 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, param: "product" });
    const missingName: unknown = await harness.stripe
      .rawRequest("POST", "/v1/products", { description: "no name" })
      .catch((caught: unknown) => caught);
    expect(missingName).toMatchObject({ param: "name", message: "Missing required param: name." });
  });
});
