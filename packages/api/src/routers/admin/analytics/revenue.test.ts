/**
 * Revenue and subscriptions per month, on purchases and subscriptions of the first half of 2001:
 * revenue is not per program, so the test owns a stretch of time no other test writes into.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { prices, products, purchases, subscriptions } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { adminCaller } from "../../../testing/callers";
import { createAdmin } from "../admin-test-helpers";

const db = useTestDb();
let admin: Awaited<ReturnType<typeof createAdmin>>["caller"];
const at = (iso: string) => new Date(`2001-${iso}Z`);

beforeAll(async () => {
  admin = (await createAdmin(db)).caller;
  const user = await createTestUser(db);
  const [product] = await db
    .insert(products)
    .values({ kind: "membership", name: "Revenue test membership" })
    .returning({ id: products.id });
  if (!product) throw new Error("No product");
  const [monthly, yearly] = await db
    .insert(prices)
    .values([
      { productId: product.id, type: "recurring", interval: "month", unitAmount: 1000 },
      { productId: product.id, type: "recurring", interval: "year", unitAmount: 12000 },
    ])
    .returning({ id: prices.id });
  if (!monthly || !yearly) throw new Error("No prices");
  const purchase = (status: "paid" | "refunded" | "pending" | "failed", bought: string) => ({
    userId: user.id,
    productId: product.id,
    status,
    amount: 5000,
    currency: "usd",
    purchasedAt: at(bought),
  });
  await db
    .insert(purchases)
    .values([
      purchase("paid", "01-10T12:00:00"),
      { ...purchase("refunded", "01-20T12:00:00"), refundedAt: at("02-05T12:00:00") },
      purchase("paid", "03-03T12:00:00"),
      purchase("pending", "03-04T12:00:00"),
      purchase("failed", "03-05T12:00:00"),
    ]);
  const subscription = (priceId: string, status: string, created: string) => ({
    userId: user.id,
    stripeSubscriptionId: `sub_${randomUUID()}`,
    stripeCustomerId: `cus_${randomUUID()}`,
    priceId,
    status,
    createdAt: at(created),
  });
  await db.insert(subscriptions).values([
    // Charged on the 15th of every month.
    subscription(monthly.id, "active", "01-15T09:00:00"),
    // A week's trial, then charged on the 8th of Feb, Mar and Apr; canceled on 20 April.
    {
      ...subscription(monthly.id, "canceled", "02-01T09:00:00"),
      trialEnd: at("02-08T09:00:00"),
      canceledAt: at("04-20T09:00:00"),
    },
    // Yearly: one charge in March, 1,000 a month of MRR.
    subscription(yearly.id, "active", "03-10T09:00:00"),
    // Paused on 1 March: charged on 5 Jan and 5 Feb, then no more (and no longer active).
    {
      ...subscription(monthly.id, "paused", "01-05T09:00:00"),
      updatedAt: at("03-01T09:00:00"),
    },
    // Still trialing at the end of June.
    { ...subscription(monthly.id, "trialing", "06-25T09:00:00"), trialEnd: at("07-02T09:00:00") },
  ]);
});

describe("admin analytics: revenue", () => {
  it("adds one-time purchases, refunds and estimated recurring charges per month", async () => {
    const result = await admin.analytics.revenue({ months: 6, through: at("06-15T00:00:00") });
    expect(result.currency).toBe("usd");
    const columns = result.months.map((m) => [m.month, m.oneTime, m.refunds, m.recurringEstimate]);
    expect(columns).toEqual([
      ["2001-01", 10000, 0, 2000],
      ["2001-02", 0, 5000, 3000],
      ["2001-03", 5000, 0, 14000],
      ["2001-04", 0, 0, 2000],
      ["2001-05", 0, 0, 1000],
      ["2001-06", 0, 0, 1000],
    ]);
    expect(result.months.map((month) => month.total)).toEqual([
      12000, -2000, 19000, 2000, 1000, 1000,
    ]);
  });

  it("counts subscriptions running at each month's end", async () => {
    const result = await admin.analytics.revenue({ months: 6, through: at("06-15T00:00:00") });
    expect(
      result.months.map((m) => [
        m.month,
        m.activeSubscriptions,
        m.trialing,
        m.mrr,
        m.newSubscriptions,
        m.endedSubscriptions,
      ]),
    ).toEqual([
      ["2001-01", 2, 0, 2000, 2, 0],
      ["2001-02", 3, 0, 3000, 1, 0],
      ["2001-03", 3, 0, 3000, 1, 1],
      ["2001-04", 2, 0, 2000, 0, 1],
      ["2001-05", 2, 0, 2000, 0, 0],
      ["2001-06", 3, 1, 2000, 1, 0],
    ]);
  });

  it("is for admins only and checks its input", async () => {
    await expect(admin.analytics.revenue({ months: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const current = await admin.analytics.revenue();
    expect(current.months).toHaveLength(12);
    const customer = adminCaller(db, await createTestUser(db));
    await expect(customer.analytics.revenue()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const anonymous = adminCaller(db, null);
    await expect(anonymous.analytics.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
