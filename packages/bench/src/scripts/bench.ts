/**
 * `pnpm bench`: seeds a scratch database (PostgreSQL when DATABASE_URL is set, else in-memory
 * PGlite) with 1,000 customers × 30 session logs, then prints queries per call, latency under
 * 50 concurrent connections and the First Load JS of two routes, each next to its target.
 * `--only=api` or `--only=bundle` runs one part. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";

import { closeDb, createDb } from "@phasewise/db/client";
import { createScratchDatabase } from "@phasewise/db/scratch";

import { benchLatency } from "../api/bench-latency";
import { benchQueryCounts } from "../api/bench-query-counts";
import { benchBundle } from "../bundle/bench-bundle";
import { readBenchEnv } from "../env";
import { createReport } from "../report/report";
import { seedCustomers } from "../seed/seed-customers";
import { benchSettings } from "../settings";

const onlyArgument = process.argv.slice(2).find((argument) => argument.startsWith("--only="));
const only = onlyArgument?.slice("--only=".length);
if (only !== undefined && only !== "api" && only !== "bundle") {
  console.error(`Unknown --only=${only}: use --only=api or --only=bundle.`);
  process.exit(2);
}

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
const customerCount = only === "bundle" ? 1 : benchSettings.customers;
const { logsPerCustomer } = benchSettings;

console.log(
  `Phasewise bench: ${customerCount} customer(s) × ${logsPerCustomer} logs, ` +
    `node ${process.version}, ${cpus().length} CPU(s)`,
);
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

try {
  const [version] = await db.execute<{ server_version: string }>(sql`show server_version`);
  engineLabel = `${engineLabel} ${version?.server_version ?? "?"}`;
  report.note(
    database.engine === "pglite"
      ? `Engine: ${engineLabel}, in memory behind the embedded wire server (DATABASE_URL not set)`
      : `Engine: ${engineLabel}, scratch database ${new URL(database.url).pathname.slice(1)} ` +
          `(dropped at the end)`,
  );

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
  const [firstCustomer] = seeded.customers;
  if (!firstCustomer) throw new Error("No customer was seeded");

  if (only !== "bundle") {
    await part("Queries per call", () => benchQueryCounts(report, database.url, seeded.customers));
    await part("Latency", () =>
      benchLatency(report, {
        url: database.url,
        engine: database.engine,
        customers: seeded.customers,
      }),
    );
  }
  if (only !== "api") {
    await part("First Load JS", () =>
      benchBundle(report, { db, databaseUrl: database.url, customer: firstCustomer.user }),
    );
  }
} finally {
  await closeDb(db);
  await database.drop();
  rmSync(outboxDir, { recursive: true, force: true });
}

report.printSummary(
  `${engineLabel}, ${customerCount} customer(s) × ${logsPerCustomer} logs, ` +
    `finished in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
