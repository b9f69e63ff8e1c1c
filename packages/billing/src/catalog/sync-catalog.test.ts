/** Pushing the catalog into Stripe: once, then never again; lost ids are found by lookup key. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, inject, it } from "vitest";

import { prices } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import type { BillingTestStack } from "../testing";
import { startBillingTestStack } from "../testing";
import { syncCatalogToStripe } from "./sync-catalog";

const db = useTestDb();
let stack: BillingTestStack;

beforeAll(async () => {
  stack = await startBillingTestStack({ db, databaseUrl: inject("databaseUrl") });
});
afterAll(() => stack.stop());

it("creates the program product and the membership with their prices, exactly once", async () => {
  const again = await syncCatalogToStripe(db, stack.stripe);
  expect(again.products.map((product) => [product.lookupKey, product.created])).toEqual(
    expect.arrayContaining([
      ["knee-pain-solution", false],
      ["membership", false],
    ]),
  );
  expect(again.prices.every((price) => !price.created)).toBe(true);

  const monthly = await stack.stripe.prices.list({ lookup_keys: ["membership-monthly"] });
  expect(monthly.data).toHaveLength(1);
  expect(monthly.data[0]).toMatchObject({ unit_amount: 1900, recurring: { interval: "month" } });
  const product = await stack.stripe.products.retrieve("phasewise_knee_pain_solution");
  expect(product.name).toBe("Knee Pain Solution");
});

it("finds a price again by its lookup key when the stored id is stale", async () => {
  const [before] = await db.select().from(prices).where(eq(prices.lookupKey, "membership-yearly"));
  await db
    .update(prices)
    .set({ stripePriceId: "price_forgotten" })
    .where(eq(prices.lookupKey, "membership-yearly"));
  const result = await syncCatalogToStripe(db, stack.stripe);
  expect(result.prices.find((price) => price.lookupKey === "membership-yearly")).toEqual({
    lookupKey: "membership-yearly",
    stripePriceId: before?.stripePriceId,
    created: false,
  });
  const [after] = await db.select().from(prices).where(eq(prices.lookupKey, "membership-yearly"));
  expect(after?.stripePriceId).toBe(before?.stripePriceId);
});
