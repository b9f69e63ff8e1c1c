import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Harness } from "./helpers/harness";
import { createStripeClient, startHarness } from "./helpers/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());
beforeEach(async () => harness.reset());

describe("idempotency", () => {
  it("replays the first response for the same key and body", async () => {
    const first = await harness.stripe.customers.create(
      { email: "a@example.com" },
      { idempotencyKey: "signup-1" },
    );
    const second = await harness.stripe.customers.create(
      { email: "a@example.com" },
      { idempotencyKey: "signup-1" },
    );
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect((await harness.stripe.customers.list()).data).toHaveLength(1);
  });

  it("rejects the same key with different params", async () => {
    await harness.stripe.customers.create(
      { email: "a@example.com" },
      { idempotencyKey: "signup-2" },
    );
    const error: unknown = await harness.stripe.customers
      .create({ email: "b@example.com" }, { idempotencyKey: "signup-2" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(error).toMatchObject({ statusCode: 400, type: "StripeIdempotencyError" });
  });
});

describe("injected failures", () => {
  it("makes the SDK see a 500 when it does not retry", async () => {
    await harness.emulator.control.failNextRequests(1, { path: "/v1/customers" });
    const error: unknown = await harness.stripe.customers
      .create({ email: "a@example.com" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(error).toMatchObject({ statusCode: 500 });
    // Only the matching request failed; the next one goes through.
    await expect(
      harness.stripe.customers.create({ email: "a@example.com" }),
    ).resolves.toMatchObject({ email: "a@example.com" });
  });

  it("lets a retrying SDK succeed with the same idempotency key", async () => {
    const retrying = createStripeClient(harness.emulator.port, { maxNetworkRetries: 1 });
    await harness.emulator.control.failNextRequests(1);
    const customer = await retrying.customers.create({ email: "retry@example.com" });
    expect(customer.email).toBe("retry@example.com");
    expect((await harness.stripe.customers.list()).data).toHaveLength(1);
  });

  it("only fails requests under the given path", async () => {
    await harness.emulator.control.failNextRequests(1, { path: "/v1/prices" });
    await expect(harness.stripe.customers.list()).resolves.toBeDefined();
    await expect(harness.stripe.prices.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
  });
});

describe("expand and errors", () => {
  it("expands nested paths in lists and rejects unknown ones", async () => {
    const customer = await harness.stripe.customers.create({ email: "a@example.com" });
    const product = await harness.stripe.products.create({ name: "Knee" });
    await harness.stripe.prices.create({ product: product.id, currency: "usd", unit_amount: 100 });
    const prices = await harness.stripe.prices.list({ expand: ["data.product"] });
    expect(prices.data[0]?.product).toMatchObject({ object: "product", name: "Knee" });
    const error: unknown = await harness.stripe.customers
      .retrieve(customer.id, { expand: ["email"] })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 400, param: "expand" });
  });

  it("answers unknown endpoints with Stripe's 404", async () => {
    const error: unknown = await harness.stripe
      .rawRequest("GET", "/v1/treasury/financial_accounts", {})
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404 });
  });

  it("records events that the API lists and retrieves", async () => {
    const customer = await harness.stripe.customers.create(
      { email: "a@example.com" },
      { idempotencyKey: "evt-key" },
    );
    const events = await harness.stripe.events.list({ type: "customer.*" });
    expect(events.data).toHaveLength(1);
    const event = await harness.stripe.events.retrieve(events.data[0]?.id ?? "");
    expect(event).toMatchObject({
      type: "customer.created",
      api_version: "2026-10-28.endive",
      request: { idempotency_key: "evt-key" },
    });
    expect(event.data.object).toMatchObject({ id: customer.id });
  });
});
