/**
 * Vitest global setup for database tests. On PostgreSQL (DATABASE_URL set) it creates a fresh
 * database for the run and drops it afterwards; with PHASEWISE_TEST_ENGINE=pglite or no
 * DATABASE_URL it starts an in-memory embedded server. Migrations run once, before any worker.
 */
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import postgres from "postgres";

import { startEmbeddedServer } from "../embedded/start-embedded-server";
import { migrateDatabase } from "../migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseEngine: "pglite" | "postgres";
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  const engine =
    process.env.PHASEWISE_TEST_ENGINE === "pglite" || !serverUrl ? "pglite" : "postgres";

  if (engine === "pglite" || !serverUrl) {
    const server = await startEmbeddedServer();
    await migrateDatabase(server.url);
    project.provide("databaseUrl", server.url);
    project.provide("databaseEngine", "pglite");
    return () => server.stop();
  }

  const name = `phasewise_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  project.provide("databaseUrl", url.toString());
  project.provide("databaseEngine", "postgres");
  return async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}
