/**
 * Latency and throughput under load: `dashboard` for random customers, then `completeSession`
 * for distinct customers, each with `concurrency` calls in flight on a pool of that many
 * connections.
 */
import { closeDb, createDb } from "@phasewise/db/client";

import type { Report } from "../report/report";
import type { SeededCustomer } from "../seed/seed-customers";
import type { LoadResult } from "./run-concurrently";
import { createRandom } from "../seed/build-session-logs";
import { benchSettings } from "../settings";
import { customerCaller } from "./customer-caller";
import { createFreshLogs, pick, programSlug } from "./fresh-log";
import { percentile, runConcurrently } from "./run-concurrently";

const section = "Latency";

export interface BenchLatencyOptions {
  url: string;
  engine: "pglite" | "postgres";
  customers: readonly SeededCustomer[];
}

export async function benchLatency(report: Report, options: BenchLatencyOptions) {
  const { requests, concurrency, warmupRequests } = benchSettings;
  const { customers } = options;
  report.heading(`Latency: ${requests} calls, ${concurrency} in flight, pool of ${concurrency}`);
  if (options.engine === "pglite") {
    report.note("PGlite is one backend: the embedded server serialises queries, so these");
    report.note("figures are for the embedded path (pnpm dev); CI measures on PostgreSQL.");
  }
  const freshLog = createFreshLogs();
  const random = createRandom(2024);
  const db = createDb(options.url, { maxConnections: concurrency });
  try {
    const dashboard = () =>
      customerCaller(
        db,
        pick(customers, Math.floor(random() * customers.length)).user,
      ).progress.dashboard({ programSlug });
    await runConcurrently(warmupRequests, concurrency, dashboard);
    addLoadFigures(report, "dashboard", await runConcurrently(requests, concurrency, dashboard));

    // Each completion goes to a different customer (skipping the two whose queries were counted),
    // with a fresh clientId: every call inserts a log, none is an idempotent replay.
    const writers = shuffle(customers.slice(2), random);
    const completions = await runConcurrently(requests, concurrency, (index) =>
      customerCaller(db, pick(writers, index).user).progress.completeSession({
        programSlug,
        log: freshLog(index),
      }),
    );
    addLoadFigures(report, "completeSession", completions);
  } finally {
    await closeDb(db);
  }
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function addLoadFigures(report: Report, name: string, result: LoadResult) {
  const { durationsMs, wallMs, failures, firstFailure } = result;
  const ms = (p: number) => percentile(durationsMs, p);
  report.add({ section, label: `${name} p50`, value: ms(50), unit: "ms", digits: 1 });
  report.add({ section, label: `${name} p95`, value: ms(95), unit: "ms", digits: 1 });
  report.add({
    section,
    label: `${name} max`,
    value: durationsMs.length ? Math.max(...durationsMs) : null,
    unit: "ms",
    digits: 1,
  });
  report.add({
    section,
    label: `${name} throughput`,
    value: (durationsMs.length / wallMs) * 1000,
    unit: "calls/s",
    digits: 0,
    note: failures ? `${failures} failed: ${firstFailure ?? "?"}` : undefined,
  });
}
