/**
 * A throw-away database for a test run: a fresh database on the PostgreSQL server behind
 * `serverUrl`, or, without one, an in-memory embedded server. Migrated and ready.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";

import { startEmbeddedServer } from "../embedded/start-embedded-server";
import { migrateDatabase } from "../migrate";

export interface ScratchDatabase {
  url: string;
  engine: "pglite" | "postgres";
  drop: () => Promise<void>;
}

export async function createScratchDatabase(
  serverUrl: string | undefined,
): Promise<ScratchDatabase> {
  if (!serverUrl) {
    const server = await startEmbeddedServer();
    await migrateDatabase(server.url);
    return { url: server.url, engine: "pglite", drop: () => server.stop() };
  }
  const name = `phasewise_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  return {
    url: url.toString(),
    engine: "postgres",
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
