/**
 * The webhook fault matrix, end to end on the database: the emulator signs and delivers events
 * to an endpoint running `receiveStripeWebhook`, the pg-boss worker syncs, and every case checks
 * what the database holds afterwards against what Stripe holds.
 */
import type Stripe from "stripe";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

import { purchases, stripeCustomers, stripeEvents, subscriptions } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import type { BillingTestStack } from "../testing";
import { SYNC_QUEUE } from "../jobs/billing-queue";
import { startBillingTestStack, TEST_WEBHOOK_SECRET } from "../testing";

const db = useTestDb();
let stack: BillingTestStack;

beforeAll(async () => {
  stack = await startBillingTestStack({ db, databaseUrl: inject("databaseUrl") });
  await stack.startWorker();
});
afterAll(() => stack.stop());
beforeEach(async () => {
  await stack.settle();
  stack.webhook.database = "up";
  stack.webhook.responses.length = 0;
});

async function post(body: string, signature: string | null) {
  const response = await fetch(stack.webhook.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(signature && { "stripe-signature": signature }),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function eventRows(id: string) {
  return db.select().from(stripeEvents).where(eq(stripeEvents.id, id));
}

async function jobsForEvent(id: string) {
  const rows = await db.execute<{ count: number }>(
    sql`select count(*)::int as count from pgboss.job where name = ${SYNC_QUEUE} and data->>'eventId' = ${id}`,
  );
  return Number(rows[0]?.count ?? 0);
}

async function completedEvent(sessionId: string): Promise<Stripe.Event> {
  const events = await stack.stripe.events.list({ type: "checkout.session.completed", limit: 100 });
  const event = events.data.find(
    (candidate) => (candidate.data.object as { id?: string }).id === sessionId,
  );
  if (!event) throw new Error(`no checkout.session.completed for ${sessionId}`);
  return event;
}

async function subscriptionRow(stripeId: string) {
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.stripeSubscriptionId, stripeId));
  return row;
}

describe("signatures", () => {
  it("refuses a forged signature with 400 and records nothing", async () => {
    const payload = JSON.stringify({
      id: "evt_forged_1",
      object: "event",
      type: "invoice.paid",
      data: { object: { customer: "cus_x" } },
    });
    const forged = await stack.emulator.control.signPayload(payload, { secret: "whsec_not_ours" });
    const result = await post(payload, forged.header);
    expect(result.status).toBe(400);
    expect(await eventRows("evt_forged_1")).toHaveLength(0);
    expect(await jobsForEvent("evt_forged_1")).toBe(0);
    expect((await post(payload, null)).status).toBe(400);
  });

  it("refuses a correctly signed but stale delivery (older than 300 s)", async () => {
    const payload = JSON.stringify({
      id: "evt_stale_1",
      object: "event",
      type: "invoice.paid",
      data: { object: { customer: "cus_x" } },
    });
    const stale = await stack.emulator.control.signPayload(payload, {
      secret: TEST_WEBHOOK_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 301,
    });
    expect((await post(payload, stale.header)).status).toBe(400);
    expect(await eventRows("evt_stale_1")).toHaveLength(0);

    const fresh = await stack.emulator.control.signPayload(payload, {
      secret: TEST_WEBHOOK_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 240,
    });
    expect((await post(payload, fresh.header)).status).toBe(200);
    expect(await eventRows("evt_stale_1")).toHaveLength(1);
  });

  it("acknowledges an event type it does not handle and ignores it", async () => {
    const payload = JSON.stringify({
      id: "evt_unknown_1",
      object: "event",
      type: "customer.tax_id.created",
      data: { object: { customer: "cus_x" } },
    });
    const signed = await stack.emulator.control.signPayload(payload, {
      secret: TEST_WEBHOOK_SECRET,
    });
    const result = await post(payload, signed.header);
    expect(result).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(await eventRows("evt_unknown_1")).toHaveLength(0);
    expect(await jobsForEvent("evt_unknown_1")).toBe(0);
  });
});

describe("duplicates", () => {
  it.each([
    ["sequentially", false],
    ["concurrently", true],
  ])("an event delivered 5 more times %s has exactly one effect", async (_label, concurrent) => {
    const buyer = await stack.createCustomer();
    const session = await stack.buy(buyer.id, stack.prices.lifetime);
    await stack.settle();
    const event = await completedEvent(session.id);

    await stack.emulator.control.redeliverEvent(event.id, { times: 5, concurrent });
    await stack.settle();

    const deliveries = stack.webhook.responses.filter((response) => response.status === 200);
    expect(
      deliveries.filter((response) => response.body.duplicate === true).length,
    ).toBeGreaterThanOrEqual(5);
    expect(await eventRows(event.id)).toHaveLength(1);
    expect(await jobsForEvent(event.id)).toBeLessThanOrEqual(1);
    const rows = await db.select().from(purchases).where(eq(purchases.userId, buyer.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "paid",
      stripeCheckoutSessionId: session.id,
      amount: 7900,
    });
  });
});

describe("ordering", () => {
  it("converges when subscription.updated arrives before subscription.created", async () => {
    const buyer = await stack.createCustomer();
    await stack.emulator.control.pauseDeliveries();
    const session = await stack.buy(buyer.id, stack.prices.monthly);
    const subscriptionId = session.subscription as string;
    await stack.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });

    const held = await stack.emulator.control.listDeliveries();
    const ids = (type: string) =>
      held.deliveries
        .filter((delivery) => delivery.eventType === type && delivery.status === "held")
        .map((delivery) => delivery.eventId);
    await stack.emulator.control.releaseDeliveries({
      order: [...ids("customer.subscription.updated"), ...ids("customer.subscription.created")],
    });
    await stack.settle();

    const stripeSubscription = await stack.stripe.subscriptions.retrieve(subscriptionId);
    const row = await subscriptionRow(subscriptionId);
    expect(row).toMatchObject({
      userId: buyer.id,
      status: stripeSubscription.status,
      cancelAtPeriodEnd: true,
      currentPeriodEnd: new Date((stripeSubscription.cancel_at ?? 0) * 1000),
    });
  });

  it("converges when subscription.deleted arrives before subscription.updated", async () => {
    const buyer = await stack.createCustomer();
    const session = await stack.buy(buyer.id, stack.prices.yearly);
    const subscriptionId = session.subscription as string;
    await stack.settle();
    expect((await subscriptionRow(subscriptionId))?.status).toBe("active");

    await stack.emulator.control.pauseDeliveries();
    await stack.stripe.subscriptions.update(subscriptionId, { metadata: { note: "about to go" } });
    await stack.stripe.subscriptions.cancel(subscriptionId);
    await stack.emulator.control.releaseDeliveries({ order: "reverse" });
    await stack.settle();

    const row = await subscriptionRow(subscriptionId);
    expect(row?.status).toBe("canceled");
    expect(row?.canceledAt).not.toBeNull();
  });
});

describe("failures", () => {
  it("retries a sync that hits Stripe 5xx and converges", async () => {
    const buyer = await stack.createCustomer();
    await stack.stopWorker();
    const session = await stack.buy(buyer.id, stack.prices.lifetime);
    await stack.emulator.control.waitForDeliveries();
    // The next sync's Stripe reads fail twice (each attempt reads subscriptions first).
    await stack.emulator.control.failNextRequests(2, { path: "/v1/subscriptions", status: 500 });
    await stack.startWorker();
    await stack.settle(30_000);

    const [row] = await db.select().from(purchases).where(eq(purchases.userId, buyer.id));
    expect(row).toMatchObject({ status: "paid", stripeCheckoutSessionId: session.id });
    const retried = await db.execute<{ retries: number }>(
      sql`select max(retry_count)::int as retries from pgboss.job where name = ${SYNC_QUEUE} and singleton_key = ${session.customer as string}`,
    );
    expect(Number(retried[0]?.retries)).toBeGreaterThanOrEqual(1);
  });

  it("answers 503 while the database is down, writes nothing, and takes the redelivery", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const buyer = await stack.createCustomer();
    stack.webhook.database = "down";
    const session = await stack.buy(buyer.id, stack.prices.lifetime);
    await expect
      .poll(() => stack.webhook.responses.filter((r) => r.status === 503).length)
      .toBeGreaterThan(0);
    const event = await completedEvent(session.id);
    expect(await eventRows(event.id)).toHaveLength(0);
    expect(await db.select().from(purchases).where(eq(purchases.userId, buyer.id))).toHaveLength(0);

    stack.webhook.database = "up";
    await stack.settle();
    expect(await eventRows(event.id)).toHaveLength(1);
    const rows = await db.select().from(purchases).where(eq(purchases.userId, buyer.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe("paid");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

it("ends with the database equal to Stripe for every customer of the matrix", async () => {
  await stack.settle();
  // The run's database is shared with other test files (other emulators): only this one's customers.
  const known = new Set(
    (await stack.stripe.customers.list({ limit: 100 })).data.map((customer) => customer.id),
  );
  const customers = (await db.select().from(stripeCustomers)).filter((customer) =>
    known.has(customer.stripeCustomerId),
  );
  expect(customers.length).toBeGreaterThanOrEqual(6);
  for (const customer of customers) {
    const stripeSubscriptions = await stack.stripe.subscriptions.list({
      customer: customer.stripeCustomerId,
      status: "all",
    });
    const ours = await db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.stripeCustomerId, customer.stripeCustomerId));
    expect(ours.map((row) => [row.stripeSubscriptionId, row.status]).sort()).toEqual(
      stripeSubscriptions.data.map((subscription) => [subscription.id, subscription.status]).sort(),
    );
    const sessions = await stack.stripe.checkout.sessions.list({
      customer: customer.stripeCustomerId,
      status: "complete",
    });
    const paid = await db.select().from(purchases).where(eq(purchases.userId, customer.userId));
    expect(paid.map((row) => row.stripeCheckoutSessionId).sort()).toEqual(
      sessions.data
        .filter((session) => session.mode === "payment")
        .map((session) => session.id)
        .sort(),
    );
  }
});
