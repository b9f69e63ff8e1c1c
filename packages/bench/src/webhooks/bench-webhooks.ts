/**
 * Stripe webhooks under a burst: the Stripe emulator runs in this process with webhook delivery
 * off; customers buy through it; their events (padded with redeliveries to the burst size) are
 * fired at the web app's receipt path — `handleStripeWebhookRequest`, the function the
 * `/api/stripe/webhook` route hands every request to — with `concurrency` in flight. Then the
 * billing worker starts and the bench times how long until our purchases and subscriptions equal
 * what Stripe says for every customer.
 *
 * Like the web app, the receipt path and the worker use the process-wide database pool
 * (`getDb()`), job queue (`getBillingQueue()`) and Stripe client (`getStripe()`), configured from
 * the environment, which this part points at the scratch database and the emulator.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import {
  createStripeClient,
  listDeadLetters,
  setStripeClient,
  SYNC_QUEUE,
} from "@phasewise/billing";
import { syncCatalogToStripe } from "@phasewise/billing/catalog";
import { handleStripeWebhookRequest } from "@phasewise/billing/webhook";
import { getBillingQueue, startBillingWorker } from "@phasewise/billing/worker";
import { seedCatalog } from "@phasewise/db";
import { closeDb, getDb } from "@phasewise/db/client";
import { kneePainSolution } from "@phasewise/domain";
import { startStripeEmulator } from "@phasewise/stripe-emulator";

import type { Report } from "../report/report";
import type { BillingState } from "./compare-with-stripe";
import type { BillingCustomer } from "./create-billing-customers";
import { percentile, runConcurrently } from "../api/run-concurrently";
import { useBillingEnv } from "../env";
import { benchSettings } from "../settings";
import { buildBurst, signBurst } from "./build-burst";
import {
  describeState,
  differingCustomers,
  readDatabaseState,
  readStripeState,
} from "./compare-with-stripe";
import { createBillingCustomers, loadCatalogPrices, profiles } from "./create-billing-customers";

type JobQueue = Awaited<ReturnType<typeof getBillingQueue>>;

export interface BenchWebhooksOptions {
  /** The bench's own pool on the scratch database: setup and polling, never the measured path. */
  db: Database;
  databaseUrl: string;
  engine: "pglite" | "postgres";
  engineLabel: string;
  programId: string;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchWebhooks(report: Report, options: BenchWebhooksOptions) {
  const settings = benchSettings.webhooks;
  const { db } = options;
  // "PostgreSQL 15.18 (Debian …)" → "PostgreSQL 15.18": the engine is part of the section's name.
  const section = `Webhooks on ${options.engineLabel.replace(/\s*\(.*\)$/, "")}`;
  report.heading(
    `Webhooks: ${settings.events} signed events, ${settings.concurrency} in flight, then the sync`,
  );
  if (options.engine === "pglite") {
    report.note("PGlite is one backend: receipts, the worker and the polling queue behind one");
    report.note("another. These figures are for the embedded path (pnpm dev); CI uses PostgreSQL.");
  }

  // Loopback only, any free port, no webhook endpoint: the bench delivers the events itself.
  const emulator = await startStripeEmulator({ host: "127.0.0.1", port: 0 });
  const apiHost = `http://127.0.0.1:${emulator.port}`;
  const restoreEnv = useBillingEnv({
    DATABASE_URL: options.databaseUrl,
    STRIPE_SECRET_KEY: settings.secretKey,
    STRIPE_WEBHOOK_SECRET: settings.webhookSecret,
    STRIPE_API_HOST: apiHost,
  });
  let boss: JobQueue | undefined;
  try {
    // What `pnpm dev` sets up: the catalog rows, pushed into Stripe (`pnpm billing:catalog`).
    const stripe = createStripeClient({
      secretKey: settings.secretKey,
      apiHost,
      maxNetworkRetries: 0,
    });
    await seedCatalog(db, {
      id: options.programId,
      slug: kneePainSolution.slug,
      title: kneePainSolution.title,
    });
    await syncCatalogToStripe(db, stripe);

    const setupStarted = performance.now();
    const customers = await createBillingCustomers({
      db,
      stripe,
      emulator,
      prices: await loadCatalogPrices(db),
      count: settings.customers,
      concurrency: settings.setupConcurrency,
    });
    const expected = await readStripeState(stripe, customers);
    const burst = await buildBurst(stripe, settings.events);
    const held = describeState(expected);
    report.note(
      `Stripe emulator in this process on ${apiHost}, webhook delivery off; ` +
        `${customers.length} customers bought through Checkout in ${seconds(performance.now() - setupStarted)} s:`,
    );
    report.note(`  ${profiles.join("; ")} (one in four each)`);
    report.note(
      `  Stripe holds ${held.purchases} one-time purchases and ${held.subscriptions} subscriptions; ` +
        `our database none yet`,
    );
    report.note(
      `Burst: ${burst.deliveries.length} events = ${burst.distinct} distinct handled events ` +
        `in creation order + ${burst.redeliveries} redeliveries of random ones (duplicates)`,
    );
    report.note(`  ${burst.types.map(([type, count]) => `${count} ${type}`).join(", ")}`);

    // The web app at rest: the queue is started at boot (instrumentation.ts) and the pool is open.
    boss = await getBillingQueue();
    const pool = getDb();
    await Promise.all(Array.from({ length: 10 }, () => pool.execute(sql`select 1`)));
    const signatures = await signBurst(emulator, burst, settings.webhookSecret);

    const answers = { recorded: 0, duplicate: 0, ignored: 0 };
    const receipts = await runConcurrently(
      burst.deliveries.length,
      settings.concurrency,
      async (index) => {
        const delivery = burst.deliveries[index];
        if (!delivery) throw new Error(`No delivery ${index}`);
        const response = await handleStripeWebhookRequest(
          new Request("http://127.0.0.1/api/stripe/webhook", {
            method: "POST",
            headers: {
              "content-type": "application/json; charset=utf-8",
              "stripe-signature": signatures[index] ?? "",
            },
            body: delivery.payload,
          }),
        );
        const body = (await response.json()) as Record<string, unknown>;
        if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(body)}`);
        if (body.duplicate === true) answers.duplicate++;
        else if (body.ignored === true) answers.ignored++;
        else answers.recorded++;
      },
    );
    addReceiptFigures(report, section, receipts);
    report.note(
      `  200: ${answers.recorded} recorded + sync enqueued, ${answers.duplicate} duplicates ` +
        `acknowledged, ${answers.ignored} ignored; ${receipts.failures} not 200`,
    );
    const [events] = await db.execute<{ count: number }>(
      sql`select count(*)::int as count from stripe_events`,
    );
    const [queued] = await db.execute<{ count: number }>(
      sql`select count(*)::int as count from pgboss.job where name = ${SYNC_QUEUE}`,
    );
    report.note(
      `  stripe_events: ${events?.count ?? "?"} rows; sync jobs queued: ${queued?.count ?? "?"} ` +
        `(stately queue: one waiting job per customer)`,
    );

    await benchSync(report, section, { db, boss, customers, expected });

    // Stripe did not move while the worker ran: the comparison was against the current state.
    const after = await readStripeState(stripe, customers);
    const drifted = differingCustomers(expected, after).length;
    report.note(
      drifted === 0
        ? "  Stripe re-read afterwards: unchanged, so the database equals Stripe now"
        : `  Stripe re-read afterwards: ${drifted} customers changed meanwhile (unexpected)`,
    );
  } finally {
    if (boss) {
      await boss.offWork(SYNC_QUEUE, { wait: true }).catch(() => undefined);
      await boss.stop({ graceful: false, close: true });
    }
    await closeDb(getDb());
    setStripeClient(undefined);
    await emulator.stop();
    restoreEnv();
  }
}

function addReceiptFigures(
  report: Report,
  section: string,
  result: Awaited<ReturnType<typeof runConcurrently>>,
) {
  const { durationsMs, wallMs, failures, firstFailure } = result;
  const ms = (p: number) => percentile(durationsMs, p);
  report.add({ section, label: "webhook receipt p50", value: ms(50), unit: "ms", digits: 1 });
  report.add({
    section,
    label: "webhook receipt p95",
    value: ms(95),
    unit: "ms",
    digits: 1,
    max: benchSettings.webhooks.receiptP95Ms,
    note: "Stripe gives up after 10 s",
  });
  report.add({
    section,
    label: "webhook receipt max",
    value: durationsMs.length ? Math.max(...durationsMs) : null,
    unit: "ms",
    digits: 1,
  });
  report.add({
    section,
    label: "webhook receipt throughput",
    value: (durationsMs.length / wallMs) * 1000,
    unit: "events/s",
    digits: 0,
    note: failures ? `${failures} failed: ${firstFailure ?? "?"}` : undefined,
  });
}

interface SyncInput {
  db: Database;
  boss: JobQueue;
  customers: readonly BillingCustomer[];
  expected: BillingState;
}

/** Starts the worker as the web app does and polls until every customer's rows equal Stripe's. */
async function benchSync(report: Report, section: string, input: SyncInput) {
  const { db, customers, expected } = input;
  const { pollMs, syncTimeoutMs } = benchSettings.webhooks;
  const differingBefore = differingCustomers(expected, await readDatabaseState(db, customers));
  report.note(
    `Sync: startBillingWorker() (pg-boss, as in the web app); ` +
      `${customers.length - differingBefore.length} of ${customers.length} customers match before it`,
  );

  const started = performance.now();
  const workerId = await startBillingWorker();
  if (!workerId) throw new Error("The billing worker did not start (see the log above)");
  let differing = differingBefore;
  while (differing.length > 0 && performance.now() - started < syncTimeoutMs) {
    await sleep(pollMs);
    differing = differingCustomers(expected, await readDatabaseState(db, customers));
  }
  const elapsedMs = performance.now() - started;
  report.add({
    section,
    label: `time until DB = Stripe (${customers.length} customers)`,
    value: differing.length === 0 ? elapsedMs / 1000 : null,
    unit: "s",
    digits: 2,
    note:
      differing.length === 0
        ? `from the worker's start, polled every ${pollMs} ms`
        : `${differing.length} still differ after ${seconds(syncTimeoutMs)} s`,
  });

  // The worker is done with everything it was given before the jobs are counted.
  await input.boss.offWork(SYNC_QUEUE, { wait: true });
  const states = await db.execute<{ state: string; count: number; retries: number }>(
    sql`select state::text as state, count(*)::int as count, sum(retry_count)::int as retries
        from pgboss.job where name = ${SYNC_QUEUE} group by state order by state`,
  );
  const deadLetters = await listDeadLetters(input.boss);
  const retries = states.reduce((sum, row) => sum + Number(row.retries), 0);
  report.note(
    `  sync jobs: ${states.map((row) => `${row.count} ${row.state}`).join(", ") || "none"}; ` +
      `${retries} retries, ${deadLetters.length} dead letters`,
  );
  const [runs] = await db.execute<{ count: number; mean_ms: number | null; max_ms: number | null }>(
    sql`select count(*)::int as count,
          avg(extract(epoch from completed_on - started_on) * 1000)::float8 as mean_ms,
          max(extract(epoch from completed_on - started_on) * 1000)::float8 as max_ms
        from pgboss.job where name = ${SYNC_QUEUE} and state = 'completed'`,
  );
  const completed = Number(runs?.count ?? 0);
  const meanMs = runs?.mean_ms == null ? null : Number(runs.mean_ms);
  report.add({
    section,
    label: "sync throughput",
    value: differing.length === 0 && elapsedMs > 0 ? (completed / elapsedMs) * 1000 : null,
    unit: "syncs/s",
    digits: 1,
    note:
      meanMs === null
        ? undefined
        : `a sync runs ${meanMs.toFixed(0)} ms on average (max ${Number(runs?.max_ms).toFixed(0)} ms)`,
  });
  if (meanMs !== null && differing.length === 0) {
    // Time spent inside syncs over the wall time: far below 100 %, the worker mostly waited to poll.
    const busy = (completed * meanMs) / elapsedMs;
    report.note(
      `  the syncs ran ${(busy * 100).toFixed(0)} % of that time (summed); ` +
        `the rest the worker waited for its next poll of the queue`,
    );
  }
}
