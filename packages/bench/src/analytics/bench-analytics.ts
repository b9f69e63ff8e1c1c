/**
 * The analytics part: seeds the 10,000-customer data set (set-based SQL), checks two figures
 * against plain counts, then for each admin analytics page counts the SQL statements of one
 * load and times `pageLoads` loads with `concurrency` in flight (p50 / p95 against the target).
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";

import type { Database } from "@phasewise/db/client";
import { closeDb, createDb } from "@phasewise/db/client";
import { users } from "@phasewise/db/schema";

import type { Report } from "../report/report";
import { adminCaller } from "../api/admin-caller";
import { createQueryCounter, summarizeStatement } from "../api/count-queries";
import { percentile, runConcurrently } from "../api/run-concurrently";
import { seedAnalyticsData } from "../seed/seed-analytics";
import { benchSettings } from "../settings";
import { analyticsPages } from "./analytics-pages";
import { crossCheckAnalytics } from "./cross-check";

const section = "Analytics";

export interface BenchAnalyticsOptions {
  db: Database;
  url: string;
  engine: "pglite" | "postgres";
}

export async function benchAnalytics(report: Report, options: BenchAnalyticsOptions) {
  const settings = benchSettings.analytics;
  report.heading(`Analytics: ${settings.customers} customers, admin pages`);
  const seedStarted = performance.now();
  const seeded = await seedAnalyticsData(options.db, {
    customers: settings.customers,
    seed: settings.seed,
  });
  report.add({
    section,
    label: `seed ${settings.customers} customers (SQL)`,
    value: (performance.now() - seedStarted) / 1000,
    unit: "s",
    digits: 1,
  });
  const { rows } = seeded;
  report.note(
    `${rows.users} users, ${rows.stints} phase stints, ${rows.logs} session logs, ` +
      `${rows.checkIns} check-ins, ${rows.purchases} purchases, ${rows.subscriptions} subscriptions`,
  );
  const [admin] = await options.db
    .insert(users)
    .values({ email: "analytics-admin@bench.phasewise.local", name: "Bench admin", role: "admin" })
    .returning();
  if (!admin) throw new Error("Could not create the bench admin");
  await crossCheckAnalytics(report, options.db, adminCaller(options.db, admin));

  report.heading("Analytics: queries per page load (one load at a time)");
  const counter = createQueryCounter(options.url);
  try {
    const caller = adminCaller(counter.db, admin);
    for (const page of analyticsPages) {
      const statements = await counter.count(() => page.load(caller));
      report.add({
        section,
        label: `queries per ${page.path}`,
        value: statements.length,
        unit: "",
      });
      statements.forEach((statement, index) =>
        report.note(`     ${index + 1}. ${summarizeStatement(statement)}`),
      );
    }
  } finally {
    await counter.close();
  }

  const { pageLoads, concurrency, adminConcurrency, warmupLoads, p95TargetMs, serialLoads } =
    settings;
  report.heading(
    `Analytics: ${pageLoads} loads per page at ${concurrency} in flight (target), then ` +
      `${pageLoads} at ${adminConcurrency} in flight, then ${serialLoads} one at a time`,
  );
  report.note(
    `The ${p95TargetMs} ms target is judged on the p95 at ${concurrency} in flight (our stress ` +
      `load, the issue names none: ${concurrency} admins at the same instant, pool of ${concurrency}); ` +
      `${adminConcurrency} in flight is a realistic admin load (a couple of admins, one per core ` +
      `here) and is printed for reading, not judged.`,
  );
  report.note(
    `Machine: ${cpus().length} CPU(s), load average ${formatLoad()} (1/5/15 min) before the ` +
      `loads; the bench client shares the cores, and other work on the machine slows every figure.`,
  );
  if (options.engine === "pglite") {
    report.note("PGlite is one backend: the loads queue behind one another (see README).");
  }
  const db = createDb(options.url, { maxConnections: concurrency });
  try {
    const caller = adminCaller(db, admin);
    for (const page of analyticsPages) {
      await runConcurrently(warmupLoads, concurrency, () => page.load(caller));
      const loaded = await runConcurrently(pageLoads, concurrency, () => page.load(caller));
      const admins = await runConcurrently(pageLoads, adminConcurrency, () => page.load(caller));
      const alone = await runConcurrently(serialLoads, 1, () => page.load(caller));
      const failures = loaded.failures + admins.failures + alone.failures;
      const failure = loaded.firstFailure ?? admins.firstFailure ?? alone.firstFailure ?? "?";
      const latency = (label: string, values: number[], p: number, max?: number) =>
        report.add({
          section,
          label: `${page.path} ${label}`,
          value: percentile(values, p),
          unit: "ms",
          digits: 1,
          max,
        });
      latency(`p50 @${concurrency}`, loaded.durationsMs, 50);
      latency(`p95 @${concurrency}`, loaded.durationsMs, 95, p95TargetMs);
      latency(`p50 @${adminConcurrency}`, admins.durationsMs, 50);
      latency(`p95 @${adminConcurrency}`, admins.durationsMs, 95);
      latency("p95 one at a time", alone.durationsMs, 95);
      if (failures) report.note(`${page.path}: ${failures} load(s) failed: ${failure}`);
    }
    report.note(`Load average after the loads: ${formatLoad()}.`);
  } finally {
    await closeDb(db);
  }
}

function formatLoad() {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
}
