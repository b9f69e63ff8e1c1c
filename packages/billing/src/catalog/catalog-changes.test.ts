/**
 * Admin catalog changes against the emulator: made in Stripe and here, retries that converge
 * after a failed database write, and archived prices that stop selling while the customers
 * already on them keep their subscription.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { prices, products, subscriptions } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import type { BillingTestStack } from "../testing";
import type { CatalogAudit, CatalogAuditEntry } from "./catalog-audit";
import { createCheckoutSession } from "../checkout/create-checkout-session";
import { idOf } from "../stripe/stripe-ids";
import { syncStripeCustomer } from "../sync/sync-stripe-customer";
import { startBillingTestStack } from "../testing";
import { archivePrice } from "./archive-price";
import { archiveProduct } from "./archive-product";
import { CatalogError } from "./catalog-errors";
import { createPrice } from "./create-price";
import { createProduct, stripeProductIdFor } from "./create-product";
import { updateProduct } from "./update-product";

const db = useTestDb();
let stack: BillingTestStack;
const entries: CatalogAuditEntry[] = [];
const audit: CatalogAudit = (_tx, entry) => {
  entries.push(entry);
  return Promise.resolve();
};
/** An audit writer that fails once, as if the database went away mid-transaction. */
function failingOnce(): CatalogAudit {
  let failed = false;
  return async (tx, entry) => {
    if (!failed) {
      failed = true;
      throw new Error("connection terminated");
    }
    await audit(tx, entry);
  };
}

beforeAll(async () => {
  stack = await startBillingTestStack({ db, databaseUrl: inject("databaseUrl") });
  await stack.startWorker();
});
afterAll(() => stack.stop());

async function newMembership(name = `Club ${randomUUID().slice(0, 6)}`) {
  const { product } = await createProduct(
    db,
    stack.stripe,
    { id: randomUUID(), kind: "membership", programId: null, name, description: null },
    audit,
  );
  return product;
}

function monthly(productId: string, unitAmount = 2500) {
  return {
    id: randomUUID(),
    productId,
    type: "recurring" as const,
    interval: "month" as const,
    unitAmount,
    currency: "usd",
    trialDays: null,
  };
}

describe("creating", () => {
  it("retries a product whose database write failed without a second Stripe product", async () => {
    const input = {
      id: randomUUID(),
      kind: "membership" as const,
      programId: null,
      name: "Retry club",
      description: "Made twice, exists once",
    };
    const flaky = failingOnce();
    await expect(createProduct(db, stack.stripe, input, flaky)).rejects.toThrow("connection");
    expect(await db.select().from(products).where(eq(products.id, input.id))).toEqual([]);

    const retried = await createProduct(db, stack.stripe, input, flaky);
    expect(retried.created).toBe(true);
    expect(retried.product.stripeProductId).toBe(stripeProductIdFor(input.id));
    const inStripe = await stack.stripe.products.list({ limit: 100 });
    expect(inStripe.data.filter((product) => product.name === "Retry club")).toHaveLength(1);

    // The same submission once more (a double click): nothing new anywhere.
    expect((await createProduct(db, stack.stripe, input, audit)).created).toBe(false);
  });

  it("retries a price whose database write failed without a second Stripe price", async () => {
    const product = await newMembership();
    const input = monthly(product.id, 2700);
    const flaky = failingOnce();
    await expect(createPrice(db, stack.stripe, input, flaky)).rejects.toThrow("connection");
    const { price, created } = await createPrice(db, stack.stripe, input, flaky);
    expect(created).toBe(true);

    const inStripe = await stack.stripe.prices.list({ product: product.stripeProductId ?? "" });
    expect(inStripe.data.map((stripePrice) => stripePrice.id)).toEqual([price.stripePriceId]);
    expect(inStripe.data[0]).toMatchObject({ unit_amount: 2700, recurring: { interval: "month" } });
  });

  it("retires the Stripe price of a failed attempt when the retry asks for another amount", async () => {
    const product = await newMembership();
    const input = monthly(product.id, 3000);
    await expect(createPrice(db, stack.stripe, input, failingOnce())).rejects.toThrow();
    const { price } = await createPrice(db, stack.stripe, { ...input, unitAmount: 3100 }, audit);

    const inStripe = await stack.stripe.prices.list({ product: product.stripeProductId ?? "" });
    const active = inStripe.data.filter((stripePrice) => stripePrice.active);
    expect(active.map((stripePrice) => [stripePrice.id, stripePrice.unit_amount])).toEqual([
      [price.stripePriceId, 3100],
    ]);
  });

  it("says what went wrong when Stripe fails, and writes nothing", async () => {
    const product = await newMembership();
    await stack.emulator.control.failNextRequests(1, { path: "/v1/prices", status: 500 });
    const input = monthly(product.id);
    const failure = await createPrice(db, stack.stripe, input, audit).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CatalogError);
    expect(failure).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((failure as Error).message).not.toMatch(/injected|api_error/);
    expect(await db.select().from(prices).where(eq(prices.id, input.id))).toEqual([]);
  });
});

describe("renaming", () => {
  it("follows every rename in Stripe, also back and forth (A → B → A → B)", async () => {
    const product = await newMembership("Name A");
    for (const name of ["Name B", "Name A", "Name B"]) {
      await updateProduct(
        db,
        stack.stripe,
        { productId: product.id, name, description: null },
        audit,
      );
    }
    const inStripe = await stack.stripe.products.retrieve(stripeProductIdFor(product.id));
    expect(inStripe.name).toBe("Name B");
    const [row] = await db.select().from(products).where(eq(products.id, product.id));
    expect(row?.name).toBe("Name B");
  });
});

describe("archiving", () => {
  it("stops selling the price while its subscribers keep renewing", async () => {
    const product = await newMembership();
    const { price } = await createPrice(db, stack.stripe, monthly(product.id), audit);
    const buyer = await stack.createCustomer();
    const session = await stack.buy(buyer.id, price.id);
    await stack.settle();

    const archived = await archivePrice(db, stack.stripe, { priceId: price.id }, audit);
    expect(archived).toMatchObject({ changed: true, price: { active: false } });
    expect((await stack.stripe.prices.retrieve(price.stripePriceId ?? "")).active).toBe(false);
    expect(entries.at(-1)).toMatchObject({
      action: "price.archive",
      before: { active: true, unitAmount: 2500 },
      after: { active: false, unitAmount: 2500 },
    });
    // Again: nothing changes, nothing more is logged.
    const logged = entries.length;
    expect((await archivePrice(db, stack.stripe, { priceId: price.id }, audit)).changed).toBe(
      false,
    );
    expect(entries).toHaveLength(logged);

    const other = await stack.createCustomer();
    await expect(
      createCheckoutSession(db, stack.stripe, {
        userId: other.id,
        priceId: price.id,
        baseUrl: "http://localhost:3000",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "That price is not on sale." });

    await stack.emulator.control.advanceClock(40 * 24 * 3600);
    await stack.settle();
    await syncStripeCustomer(db, stack.stripe, idOf(session.customer) ?? "");
    const [subscription] = await db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.userId, buyer.id));
    expect(subscription).toMatchObject({ status: "active", priceId: price.id });
    expect(subscription?.currentPeriodEnd?.getTime()).toBeGreaterThan(
      (await stack.emulator.control.getClock()).now * 1000,
    );
  });

  it("archives a product with every price it still offers, in Stripe and here", async () => {
    const product = await newMembership();
    const first = await createPrice(db, stack.stripe, monthly(product.id, 1000), audit);
    const second = await createPrice(db, stack.stripe, monthly(product.id, 1100), audit);
    const result = await archiveProduct(db, stack.stripe, { productId: product.id }, audit);
    expect(result).toMatchObject({ changed: true, archivedPrices: 2, product: { active: false } });
    expect((await stack.stripe.products.retrieve(product.stripeProductId ?? "")).active).toBe(
      false,
    );
    for (const { price } of [first, second]) {
      expect((await stack.stripe.prices.retrieve(price.stripePriceId ?? "")).active).toBe(false);
    }
    const rows = await db.select().from(prices).where(eq(prices.productId, product.id));
    expect(rows.map((row) => row.active)).toEqual([false, false]);
    await expect(
      createPrice(db, stack.stripe, monthly(product.id, 1200), audit),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
