/**
 * The sync job queue under failure: a worker killed mid-job (the job is picked up again, one
 * effect), a sync that never succeeds (retries with backoff, then the dead-letter queue), and
 * reconciliation catching up after webhooks that never arrived.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, inject, it } from "vitest";

import { purchases, subscriptions } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import type { BillingTestStack } from "../testing";
import { reconcileCustomers } from "../reconcile/reconcile-customers";
import { startBillingTestStack, TEST_WEBHOOK_SECRET } from "../testing";
import { listDeadLetters, redriveDeadLetters } from "./sync-worker";

const db = useTestDb();
let stack: BillingTestStack;

beforeAll(async () => {
  stack = await startBillingTestStack({
    db,
    databaseUrl: inject("databaseUrl"),
    retry: { retryLimit: 2, retryDelay: 1, retryDelayMax: 1, expireInSeconds: 2 },
  });
});
afterAll(() => stack.stop());
beforeEach(async () => {
  await stack.startWorker();
  await stack.settle();
  stack.webhook.database = "up";
});

async function purchasesOf(userId: string) {
  return db.select().from(purchases).where(eq(purchases.userId, userId));
}

it("picks a job up again after the worker running it was killed, with one effect", async () => {
  const buyer = await stack.createCustomer();
  await stack.stopWorker();
  const session = await stack.buy(buyer.id, stack.prices.lifetime);
  await stack.emulator.control.waitForDeliveries();

  const worker = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(new URL("../testing/hanging-worker.ts", import.meta.url)),
      inject("databaseUrl"),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const claimed = await new Promise<string>((resolve, reject) => {
    worker.stdout.on("data", (chunk: Buffer) => {
      const match = /claimed (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    worker.on("exit", (code) => reject(new Error(`hanging worker exited with ${code}`)));
  });
  worker.kill("SIGKILL");
  expect(await purchasesOf(buyer.id)).toHaveLength(0);

  await stack.startWorker();
  await stack.settle(30_000);
  const rows = await purchasesOf(buyer.id);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ status: "paid", stripeCheckoutSessionId: session.id });
  const job = await db.execute<{ state: string; retries: number }>(
    sql`select state::text as state, retry_count::int as retries from pgboss.job where id = ${claimed}`,
  );
  expect(job[0]).toMatchObject({ state: "completed" });
  expect(Number(job[0]?.retries)).toBeGreaterThanOrEqual(1);
});

it("retries a sync that keeps failing, then keeps it in the dead-letter queue", async () => {
  const buyer = await stack.createCustomer();
  await stack.stopWorker();
  const session = await stack.buy(buyer.id, stack.prices.lifetime);
  await stack.emulator.control.waitForDeliveries();
  // Each attempt's subscriptions read fails: the first attempt and both retries.
  await stack.emulator.control.failNextRequests(3, { path: "/v1/subscriptions", status: 503 });
  await stack.startWorker();

  await expect
    .poll(
      async () => (await listDeadLetters(stack.boss)).map((letter) => letter.stripeCustomerId),
      {
        timeout: 20_000,
      },
    )
    .toContain(session.customer);
  const [letter] = (await listDeadLetters(stack.boss)).filter(
    (candidate) => candidate.stripeCustomerId === session.customer,
  );
  expect(letter).toMatchObject({ retries: 2 });
  expect(letter?.error).toMatch(/503|error/i);
  expect(await purchasesOf(buyer.id)).toHaveLength(0);

  // Stripe is back (the injected failures are used up): redriving the dead letter converges.
  expect(await redriveDeadLetters(stack.boss, letter ? [letter.id] : [])).toBe(1);
  await stack.settle();
  expect((await purchasesOf(buyer.id))[0]).toMatchObject({ status: "paid" });
  expect((await listDeadLetters(stack.boss)).map((dead) => dead.id)).not.toContain(letter?.id);
});

it("reconciles customers whose webhooks never arrived", async () => {
  const buyer = await stack.createCustomer();
  const member = await stack.createCustomer();
  await stack.emulator.control.configureWebhook(null);
  const bought = await stack.buy(buyer.id, stack.prices.lifetime);
  const subscribed = await stack.buy(member.id, stack.prices.yearly);
  expect(await purchasesOf(buyer.id)).toHaveLength(0);

  const result = await reconcileCustomers(db, stack.stripe, { days: 1 });
  expect(result.failed).toEqual([]);
  expect(result.synced).toBeGreaterThanOrEqual(2);
  expect((await purchasesOf(buyer.id))[0]).toMatchObject({
    status: "paid",
    stripeCheckoutSessionId: bought.id,
  });
  const [subscription] = await db
    .select()
    .from(subscriptions)
    .where(eq(subscriptions.stripeSubscriptionId, subscribed.subscription as string));
  expect(subscription).toMatchObject({ userId: member.id, status: "active" });
  await stack.emulator.control.configureWebhook(stack.webhook.url, TEST_WEBHOOK_SECRET);
});
