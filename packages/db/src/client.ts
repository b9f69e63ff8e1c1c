/**
 * The one driver path: postgres.js to a PostgreSQL URL (a real server, or the embedded PGlite
 * server speaking the same wire protocol). Clients are created lazily so `next build` never
 * connects, and cached on globalThis because Next bundles routes separately.
 */
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import { readDatabaseUrl } from "./env";
import * as schema from "./schema";

export interface CreateDbOptions {
  /** Pool size; the embedded server serialises queries anyway, so small pools suffice there. */
  maxConnections?: number;
  /** Called for every query: used by benchmarks to count queries per request. */
  onQuery?: (sql: string) => void;
}

export function createDb(url: string, options: CreateDbOptions = {}) {
  const client = postgres(url, {
    max: options.maxConnections ?? 10,
    onnotice: () => undefined,
    connection: { application_name: "phasewise" },
  });
  const onQuery = options.onQuery;
  return drizzle(client, {
    schema,
    logger: onQuery ? { logQuery: (query) => onQuery(query) } : false,
  });
}

export type Database = ReturnType<typeof createDb>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: data functions accept both. */
export type Executor = Database | Transaction;

const cache = globalThis as unknown as { phasewiseDb?: Database };

/** The process-wide database for `DATABASE_URL`, created on first use. */
export function getDb(): Database {
  cache.phasewiseDb ??= createDb(readDatabaseUrl());
  return cache.phasewiseDb;
}

export async function closeDb(db: Database): Promise<void> {
  await db.$client.end({ timeout: 5 });
}
