/**
 * Gives a script a database: DATABASE_URL when set; else the embedded server `pnpm dev` runs;
 * else the embedded data dir opened for the length of the script (then closed again).
 */
import type { Database } from "../client";
import { closeDb, createDb } from "../client";
import { findRunningEmbeddedUrl } from "../embedded/find-running-server";
import { defaultEmbeddedDataDir } from "../embedded/paths";
import { startEmbeddedServer } from "../embedded/start-embedded-server";
import { migrateDatabase } from "../migrate";

export async function withScriptDatabase<T>(run: (db: Database, url: string) => Promise<T>) {
  const configured = process.env.DATABASE_URL ?? findRunningEmbeddedUrl();
  const server = configured
    ? undefined
    : await startEmbeddedServer({ dataDir: defaultEmbeddedDataDir() });
  const url = configured ?? server?.url ?? "";
  if (server) await migrateDatabase(url);
  const db = createDb(url, { maxConnections: 1 });
  try {
    return await run(db, url);
  } finally {
    await closeDb(db);
    await server?.stop();
  }
}
