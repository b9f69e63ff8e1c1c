/**
 * `pnpm bench`: seeds a scratch database (PostgreSQL when DATABASE_URL is set, else in-memory
 * PGlite) with 1,000 customers × 30 session logs, then prints queries per call, latency under
 * 50 concurrent connections, the First Load JS of two routes and a burst of 500 signed Stripe
 * webhooks (receipt latency, then the time until the database matches Stripe), each next to its
 * target; then the admin analytics pages on their own 10,000-customer data set (seeded with
 * set-based SQL). `--only=api`, `--only=bundle`, `--only=webhooks` or `--only=analytics` runs
 * one part. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";

import { seedKneePainSolution } from "@phasewise/db";
import { closeDb, createDb } from "@phasewise/db/client";
import { createScratchDatabase } from "@phasewise/db/scratch";

import { benchAnalytics } from "../analytics/bench-analytics";
import { benchLatency } from "../api/bench-latency";
import { benchQueryCounts } from "../api/bench-query-counts";
import { benchBundle } from "../bundle/bench-bundle";
import { readBenchEnv } from "../env";
import { createReport } from "../report/report";
import { seedCustomers } from "../seed/seed-customers";
import { benchSettings } from "../settings";
import { benchWebhooks } from "../webhooks/bench-webhooks";

const onlyArgument = process.argv.slice(2).find((argument) => argument.startsWith("--only="));
const parts = ["api", "bundle", "webhooks", "analytics"] as const;
type PartName = (typeof parts)[number];
const only = onlyArgument?.slice("--only=".length);
if (only !== undefined && !parts.includes(only as PartName)) {
  console.error(`Unknown --only=${only}: use ${parts.map((name) => `--only=${name}`).join(", ")}.`);
  process.exit(2);
}
const runs = (name: PartName) => only === undefined || only === name;

// Mail (a phase-unlocked email) stays on this machine: captured in a throw-away outbox.
const outboxDir = mkdtempSync(join(tmpdir(), "phasewise-bench-outbox-"));
Object.assign(process.env, {
  EMAIL_SERVER: "",
  EMAIL_CAPTURE: "true",
  EMAIL_OUTBOX_DIR: outboxDir,
});

// Bounded: whatever happens, the run ends (the web server is killed on exit).
const watchdog = setTimeout(() => {
  console.error("\nbench: still running after 10 minutes, stopping.");
  process.exit(1);
}, 600_000);
watchdog.unref();
process.once("SIGINT", () => process.exit(130));
process.once("SIGTERM", () => process.exit(143));

const started = performance.now();
const env = readBenchEnv();
const report = createReport();
// The webhooks and analytics parts make their own customers: alone, they need none of the data set.
const customerCount =
  only === "bundle" ? 1 : only === "webhooks" || only === "analytics" ? 0 : benchSettings.customers;
const { logsPerCustomer } = benchSettings;
const dataSet =
  customerCount > 0
    ? `${customerCount} customer(s) × ${logsPerCustomer} logs`
    : only === "analytics"
      ? `analytics only (${benchSettings.analytics.customers} customers)`
      : `webhooks only (${benchSettings.webhooks.customers} billing customers)`;

console.log(`Phasewise bench: ${dataSet}, node ${process.version}, ${cpus().length} CPU(s)`);
report.heading("Data");
const database = await createScratchDatabase(env.DATABASE_URL);
let engineLabel = database.engine === "pglite" ? "PGlite" : "PostgreSQL";
const db = createDb(database.url, { maxConnections: 4 });

/** Runs one part; a part that breaks is reported and the run goes on to the summary. */
async function part(name: string, run: () => Promise<void>) {
  try {
    await run();
  } catch (error) {
    process.exitCode = 1;
    console.error(`\n   ${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
    report.add({ section: name, label: `${name} did not finish`, value: null, unit: "", max: 0 });
  }
}

/** The data set of the api and bundle parts (see README, "The data set"). */
async function seedDataSet() {
  const seedStarted = performance.now();
  const seeded = await seedCustomers(db, { ...benchSettings, customers: customerCount });
  report.add({
    section: "Data",
    label: `seed ${customerCount} customers × ${logsPerCustomer} logs`,
    value: (performance.now() - seedStarted) / 1000,
    unit: "s",
    digits: 1,
  });
  const { rows } = seeded;
  report.note(
    `${rows.users} users, ${rows.enrollments} enrolments in "restore", ` +
      `${rows.assessments} baselines, ${rows.logs} session logs over ${benchSettings.historyWeeks} weeks`,
  );
  if (seeded.customers.length === 0) throw new Error("No customer was seeded");
  return seeded;
}

try {
  const [version] = await db.execute<{ server_version: string }>(sql`show server_version`);
  engineLabel = `${engineLabel} ${version?.server_version ?? "?"}`;
  report.note(
    database.engine === "pglite"
      ? `Engine: ${engineLabel}, in memory behind the embedded wire server (DATABASE_URL not set)`
      : `Engine: ${engineLabel}, scratch database ${new URL(database.url).pathname.slice(1)} ` +
          `(dropped at the end)`,
  );

  const seeded = customerCount > 0 ? await seedDataSet() : undefined;
  const programId = seeded?.programId ?? (await seedKneePainSolution(db));

  if (seeded && runs("api")) {
    await part("Queries per call", () => benchQueryCounts(report, database.url, seeded.customers));
    await part("Latency", () =>
      benchLatency(report, {
        url: database.url,
        engine: database.engine,
        customers: seeded.customers,
      }),
    );
  }
  const firstCustomer = seeded?.customers[0];
  if (firstCustomer && runs("bundle")) {
    await part("First Load JS", () =>
      benchBundle(report, { db, databaseUrl: database.url, customer: firstCustomer.user }),
    );
  }
  if (runs("webhooks")) {
    await part("Webhooks", () =>
      benchWebhooks(report, {
        db,
        databaseUrl: database.url,
        engine: database.engine,
        engineLabel,
        programId,
      }),
    );
  }
  // Last: its 10,000 customers would otherwise change what the parts above measure.
  if (runs("analytics")) {
    await part("Analytics", () =>
      benchAnalytics(report, { db, url: database.url, engine: database.engine }),
    );
  }
} finally {
  await closeDb(db);
  await database.drop();
  rmSync(outboxDir, { recursive: true, force: true });
}

report.printSummary(
  `${engineLabel}, ${dataSet}, finished in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
