/** Applies the committed SQL migrations in ./drizzle to a database. */
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/postgres-js/migrator";

import { closeDb, createDb } from "./client";

export const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

export async function migrateDatabase(url: string): Promise<void> {
  const db = createDb(url, { maxConnections: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await closeDb(db);
  }
}
