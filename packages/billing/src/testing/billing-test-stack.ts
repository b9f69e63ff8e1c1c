/**
 * A whole billing stack for database tests: the Stripe emulator delivering signed webhooks to a
 * local endpoint that runs `receiveStripeWebhook` exactly like the web app's route, pg-boss on the
 * test database, the real SDK, the seeded program and our catalog pushed into the emulator.
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { PgBoss } from "pg-boss";
import type Stripe from "stripe";
import { eq, sql } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import type { StripeEmulator } from "@phasewise/stripe-emulator";
import { seedCatalog, seedKneePainSolution } from "@phasewise/db";
import { createDb } from "@phasewise/db/client";
import { prices, users } from "@phasewise/db/schema";
import { kneePainSolution } from "@phasewise/domain";
import { startStripeEmulator } from "@phasewise/stripe-emulator";

import type { RetryPolicy } from "../jobs/billing-queue";
import type { SyncWorkerOptions } from "../jobs/sync-worker";
import type { WebhookResponse } from "../webhook/receive-stripe-webhook";
import { syncCatalogToStripe } from "../catalog/sync-catalog";
import { createCheckoutSession } from "../checkout/create-checkout-session";
import { startBillingQueue, SYNC_QUEUE } from "../jobs/billing-queue";
import { workCustomerSyncs } from "../jobs/sync-worker";
import { createStripeClient } from "../stripe/stripe-client";
import { receiveStripeWebhook } from "../webhook/receive-stripe-webhook";

export const TEST_WEBHOOK_SECRET = "whsec_phasewise_billing_tests";

export interface CatalogPrices {
  lifetime: string;
  monthly: string;
  yearly: string;
}

export interface BillingTestStack {
  db: Database;
  stripe: Stripe;
  emulator: StripeEmulator;
  boss: PgBoss;
  programId: string;
  prices: CatalogPrices;
  webhook: {
    url: string;
    /** "down": the endpoint behaves as if the database were unreachable. */
    database: "up" | "down";
    responses: WebhookResponse[];
  };
  startWorker: (options?: SyncWorkerOptions) => Promise<void>;
  stopWorker: () => Promise<void>;
  /** Waits until every webhook is delivered and no sync job is waiting, retrying or running. */
  settle: (timeoutMs?: number) => Promise<void>;
  createCustomer: () => Promise<{ id: string; email: string }>;
  /** Starts Checkout for our price and pays it without a browser (card 4242 by default). */
  buy: (userId: string, priceId: string, card?: string) => Promise<Stripe.Checkout.Session>;
  stop: () => Promise<void>;
}

export interface BillingTestStackOptions {
  databaseUrl: string;
  db: Database;
  retry?: Partial<RetryPolicy>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("Expected a TCP address");
  return address.port;
}

export async function pendingSyncJobs(db: Database): Promise<number> {
  const rows = await db.execute<{ count: number }>(
    sql`select count(*)::int as count from pgboss.job where name = ${SYNC_QUEUE} and state < 'completed'`,
  );
  return Number(rows[0]?.count ?? 0);
}

export async function startBillingTestStack(
  options: BillingTestStackOptions,
): Promise<BillingTestStack> {
  const { db } = options;
  const programId = await seedKneePainSolution(db);
  await seedCatalog(db, {
    id: programId,
    slug: kneePainSolution.slug,
    title: kneePainSolution.title,
  });

  const boss = await startBillingQueue({
    connectionString: options.databaseUrl,
    expiryCheckSeconds: 1,
    retry: {
      retryLimit: 4,
      retryDelay: 1,
      retryDelayMax: 2,
      expireInSeconds: 30,
      ...options.retry,
    },
  });
  // A database nobody listens on: what the endpoint sees when PostgreSQL is down.
  const downDb = createDb("postgresql://nobody:nothing@127.0.0.1:1/none", { maxConnections: 1 });

  const webhook: BillingTestStack["webhook"] = { url: "", database: "up", responses: [] };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const signature = request.headers["stripe-signature"];
      const down = webhook.database === "down";
      void receiveStripeWebhook({
        db: down ? downDb : db,
        queue: down
          ? () => Promise.reject(new Error("connect ECONNREFUSED"))
          : () => Promise.resolve(boss),
        secret: TEST_WEBHOOK_SECRET,
        rawBody: Buffer.concat(chunks).toString("utf8"),
        signature: typeof signature === "string" ? signature : null,
      }).then((result) => {
        webhook.responses.push(result);
        response.writeHead(result.status, { "content-type": "application/json" });
        response.end(JSON.stringify(result.body));
      });
    });
  });
  const webhookPort = await listen(server);
  webhook.url = `http://localhost:${webhookPort}/api/stripe/webhook`;

  const emulator = await startStripeEmulator({
    webhookUrl: webhook.url,
    webhookSecret: TEST_WEBHOOK_SECRET,
    delivery: { retryBaseMs: 50, retryMaxMs: 400, maxAttempts: 8 },
  });
  const stripe = createStripeClient({
    secretKey: "sk_test_billing_tests",
    apiHost: emulator.url,
    maxNetworkRetries: 0,
  });
  await syncCatalogToStripe(db, stripe);
  const priceId = async (lookupKey: string) => {
    const [row] = await db
      .select({ id: prices.id })
      .from(prices)
      .where(eq(prices.lookupKey, lookupKey));
    if (!row) throw new Error(`no price ${lookupKey}`);
    return row.id;
  };
  const catalog: CatalogPrices = {
    lifetime: await priceId(`${kneePainSolution.slug}-lifetime`),
    monthly: await priceId("membership-monthly"),
    yearly: await priceId("membership-yearly"),
  };
  let workerId: string | null = null;
  const stack: BillingTestStack = {
    db,
    stripe,
    emulator,
    boss,
    programId,
    prices: catalog,
    webhook,
    startWorker: async (workerOptions) => {
      if (workerId) return;
      workerId = await workCustomerSyncs(boss, db, stripe, {
        pollingIntervalSeconds: 0.5,
        ...workerOptions,
      });
    },
    stopWorker: async () => {
      if (!workerId) return;
      await boss.offWork(SYNC_QUEUE, { id: workerId, wait: true });
      workerId = null;
    },
    settle: async (timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await emulator.control.waitForDeliveries(timeoutMs);
        if ((await pendingSyncJobs(db)) === 0) {
          // A delivery may have enqueued a job while we counted: check the deliveries once more.
          const deliveries = await emulator.control.waitForDeliveries(timeoutMs);
          if (deliveries.idle && (await pendingSyncJobs(db)) === 0) return;
        }
        if (Date.now() > deadline) throw new Error("billing did not settle in time");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    createCustomer: async () => {
      const tag = randomUUID().slice(0, 8);
      const [user] = await db
        .insert(users)
        .values({ email: `buyer-${tag}@test.phasewise.local`, name: `Buyer ${tag}` })
        .returning({ id: users.id, email: users.email });
      if (!user) throw new Error("could not create a customer");
      return user;
    },
    buy: async (userId, ourPriceId, card) => {
      const session = await createCheckoutSession(db, stripe, {
        userId,
        priceId: ourPriceId,
        baseUrl: "http://localhost:3000",
      });
      await emulator.control.completeCheckoutSession(session.id, card ? { card } : {});
      return stripe.checkout.sessions.retrieve(session.id);
    },
    stop: async () => {
      await stack.stopWorker();
      await emulator.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await boss.stop({ graceful: false, close: true });
      await downDb.$client.end({ timeout: 1 });
    },
  };
  return stack;
}
