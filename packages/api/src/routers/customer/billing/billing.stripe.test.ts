/**
 * The billing router against the Stripe emulator and the real SDK: buying, the return page's
 * sync, Account → Billing, and access following the money (refund, cancel at period end,
 * past_due grace) — every answer checked through entitlements, as the entitled tier sees them.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { BillingTestStack } from "@phasewise/billing/testing";
import { setStripeClient } from "@phasewise/billing";
import { startBillingTestStack } from "@phasewise/billing/testing";
import { users } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import { loadProgramAccess } from "../../../access/load-entitlements";
import { customerCaller } from "../../../testing/callers";

const db = useTestDb();
const slug = "knee-pain-solution";
let stack: BillingTestStack;

beforeAll(async () => {
  stack = await startBillingTestStack({ db, databaseUrl: inject("databaseUrl") });
  process.env.STRIPE_SECRET_KEY = "sk_test_api_tests";
  process.env.STRIPE_API_HOST = stack.emulator.url;
  setStripeClient(stack.stripe);
  await stack.startWorker();
});
afterAll(async () => {
  setStripeClient(undefined);
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_HOST;
  await stack.stop();
});

async function newCustomer() {
  const { id } = await stack.createCustomer();
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user) throw new Error("no user");
  return user;
}

async function accessNow(userId: string, now?: Date) {
  const access = await loadProgramAccess(db, userId, slug, now);
  return access.entitlements.map((entitlement) => ({
    reason: entitlement.reason,
    until: entitlement.until,
  }));
}

async function emulatedNow() {
  return new Date((await stack.emulator.control.getClock()).now * 1000);
}

describe("offers and checkout", () => {
  it("shows the program's lifetime price and the membership to anyone", async () => {
    const offers = await customerCaller(db, null).billing.offers({ programSlug: slug });
    expect(offers).toMatchObject({
      available: true,
      testPayments: true,
      lifetime: { priceId: stack.prices.lifetime, amount: 7900, currency: "usd" },
    });
    expect(offers.membership.map((price) => [price.interval, price.trialDays])).toEqual([
      ["month", 7],
      ["year", null],
    ]);
  });

  it("asks anonymous buyers to sign in and refuses prices that do not exist", async () => {
    await expect(
      customerCaller(db, null).billing.startCheckout({ priceId: stack.prices.lifetime }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const user = await newCustomer();
    await expect(
      customerCaller(db, user).billing.startCheckout({ priceId: "not-a-price" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      customerCaller(db, user).billing.startCheckout({
        priceId: "00000000-0000-4000-8000-000000000000",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("buys the program: Checkout on the emulator, then the return page's sync opens it", async () => {
    const user = await newCustomer();
    const caller = customerCaller(db, user);
    const { url } = await caller.billing.startCheckout({
      priceId: stack.prices.lifetime,
      returnPath: `/programs/${slug}`,
    });
    expect(url).toMatch(new RegExp(`^${stack.emulator.url}/checkout/cs_`));
    const sessionId = url.split("/").pop() ?? "";
    // The same request twice (a double click) opens the same session, not a second one.
    expect(
      (
        await caller.billing.startCheckout({
          priceId: stack.prices.lifetime,
          returnPath: `/programs/${slug}`,
        })
      ).url,
    ).toBe(url);

    const before = await caller.billing.syncAfterCheckout({ sessionId });
    expect(before).toMatchObject({ status: "open", access: null });
    await stack.stopWorker(); // the return page must not depend on the webhook job
    await stack.emulator.control.completeCheckoutSession(sessionId);
    const after = await caller.billing.syncAfterCheckout({ sessionId });
    await stack.startWorker();
    expect(after).toMatchObject({
      status: "complete",
      paymentStatus: "paid",
      access: { scope: "program", programSlug: slug, reason: "lifetime-purchase", until: null },
      nextPath: `/programs/${slug}`,
    });
    await expect(
      caller.billing.startCheckout({ priceId: stack.prices.lifetime }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const overview = await caller.billing.overview();
    expect(overview.purchases).toMatchObject([{ status: "paid", amount: 7900 }]);
    expect(overview.history?.receipts).toHaveLength(1);
    expect(overview.history?.receipts[0]?.url).toMatch(/\/receipts\//);
    expect(overview.access).toMatchObject([{ reason: "lifetime-purchase", programSlug: slug }]);
  });

  it("never shows or syncs one customer's checkout to another", async () => {
    const [owner, other] = [await newCustomer(), await newCustomer()];
    const session = await stack.buy(owner.id, stack.prices.lifetime);
    await stack.settle();
    await expect(
      customerCaller(db, other).billing.syncAfterCheckout({ sessionId: session.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await customerCaller(db, other).billing.startCheckout({ priceId: stack.prices.yearly });
    await expect(
      customerCaller(db, other).billing.syncAfterCheckout({ sessionId: session.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const theirs = await customerCaller(db, other).billing.overview();
    expect(theirs.purchases).toEqual([]);
    expect(theirs.history?.receipts ?? []).toEqual([]);
    expect(await accessNow(other.id)).toEqual([]);
  });

  it("opens the billing portal only for someone who has bought something", async () => {
    const stranger = await newCustomer();
    await expect(customerCaller(db, stranger).billing.portal()).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const buyer = await newCustomer();
    await stack.buy(buyer.id, stack.prices.lifetime);
    const { url } = await customerCaller(db, buyer).billing.portal();
    expect(url).toMatch(new RegExp(`^${stack.emulator.url}/portal/`));
  });
});

describe("access follows the money", () => {
  it("a refund removes lifetime access (and only the money decides)", async () => {
    const user = await newCustomer();
    const session = await stack.buy(user.id, stack.prices.lifetime);
    await stack.settle();
    expect(await accessNow(user.id)).toEqual([{ reason: "lifetime-purchase", until: null }]);

    await stack.stripe.refunds.create({ payment_intent: session.payment_intent as string });
    await stack.settle();
    expect(await accessNow(user.id)).toEqual([]);
    const overview = await customerCaller(db, user).billing.overview();
    expect(overview.purchases[0]).toMatchObject({ status: "refunded" });
    expect(overview.purchases[0]?.refundedAt).toBeInstanceOf(Date);
  });

  it("pausing payments in the portal pauses access; resuming them restores it", async () => {
    const user = await newCustomer();
    const session = await stack.buy(user.id, stack.prices.yearly);
    const subscriptionId = session.subscription as string;
    await stack.settle();
    expect(await accessNow(user.id)).toMatchObject([{ reason: "subscription-active" }]);

    await stack.stripe.subscriptions.update(subscriptionId, {
      pause_collection: { behavior: "void" },
    });
    await stack.settle();
    expect(await accessNow(user.id)).toEqual([]);
    expect((await customerCaller(db, user).billing.overview()).plan?.status).toBe("paused");

    await stack.stripe.subscriptions.update(subscriptionId, { pause_collection: "" });
    await stack.settle();
    expect(await accessNow(user.id)).toMatchObject([{ reason: "subscription-active" }]);
  });

  it("a membership cancelled at period end keeps access until then, then stops", async () => {
    const user = await newCustomer();
    const session = await stack.buy(user.id, stack.prices.monthly);
    await stack.settle();
    const trialing = await accessNow(user.id);
    expect(trialing).toMatchObject([{ reason: "subscription-trialing" }]);

    await stack.stripe.subscriptions.update(session.subscription as string, {
      cancel_at_period_end: true,
    });
    await stack.settle();
    const ending = await accessNow(user.id);
    expect(ending).toMatchObject([{ reason: "subscription-ending" }]);
    expect(ending[0]?.until).toEqual(trialing[0]?.until);
    const plan = (await customerCaller(db, user).billing.overview()).plan;
    expect(plan).toMatchObject({
      cancelAtPeriodEnd: true,
      renewsAt: null,
      endsAt: ending[0]?.until,
    });

    await stack.emulator.control.advanceClock(8 * 86_400);
    await stack.settle();
    expect(await accessNow(user.id)).toEqual([]);
    expect((await customerCaller(db, user).billing.overview()).plan).toMatchObject({
      status: "canceled",
    });
  });

  it("past_due keeps access for the grace period, then stops; paying again restores it", async () => {
    const user = await newCustomer();
    const session = await stack.buy(user.id, stack.prices.yearly);
    const subscriptionId = session.subscription as string;
    await stack.settle();
    expect(await accessNow(user.id)).toMatchObject([{ reason: "subscription-active" }]);

    await stack.emulator.control.configureDunning({ finalAction: "past_due" });
    await stack.emulator.control.setPaymentMethodFailing(subscriptionId, true);
    await stack.emulator.control.advanceClock(366 * 86_400);
    await stack.settle();
    const now = await emulatedNow();
    const grace = await accessNow(user.id, now);
    expect(grace).toMatchObject([{ reason: "subscription-grace" }]);
    expect(grace[0]?.until?.getTime()).toBeGreaterThan(now.getTime());
    expect(await accessNow(user.id, new Date(now.getTime() + 8 * 86_400_000))).toEqual([]);
    expect((await customerCaller(db, user).billing.overview()).plan).toMatchObject({
      status: "past_due",
    });
    expect(
      (await customerCaller(db, user).billing.overview()).history?.invoices.length,
    ).toBeGreaterThan(1);

    // The card works again: the next dunning retry (3 days later) collects, access is back.
    await stack.emulator.control.setPaymentMethodFailing(subscriptionId, false);
    await stack.emulator.control.advanceClock(3 * 86_400 + 60);
    await stack.settle();
    expect(await accessNow(user.id, await emulatedNow())).toMatchObject([
      { reason: "subscription-active" },
    ]);
  });
});
