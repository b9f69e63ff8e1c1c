/**
 * A sync worker that claims one job and then hangs, for the "worker killed mid-job" test: the
 * test kills this process with SIGKILL once it prints `claimed <job id>`.
 * Usage: node --import tsx src/testing/hanging-worker.ts <database url>
 */
import { PgBoss } from "pg-boss";

import { PGBOSS_SCHEMA, SYNC_QUEUE } from "../jobs/billing-queue";

const boss = new PgBoss({ connectionString: process.argv[2] ?? "", schema: PGBOSS_SCHEMA });
boss.on("error", (error) => console.error("[hanging-worker]", error));
await boss.start();
await boss.work(SYNC_QUEUE, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
  console.log(`claimed ${job?.id ?? "?"}`);
  await new Promise(() => undefined);
});
console.log("ready");
