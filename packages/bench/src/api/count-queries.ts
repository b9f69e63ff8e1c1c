/**
 * Counts the SQL statements one procedure call issues, through the `onQuery` hook of
 * `createDb`. Calls are made one at a time, so every statement seen belongs to the call.
 * Transaction control (BEGIN/COMMIT) is sent by postgres.js itself and is not in the count.
 */
import type { Database } from "@phasewise/db/client";
import { closeDb, createDb } from "@phasewise/db/client";

export interface QueryCounter {
  db: Database;
  /** The statements `call` issued, in order. */
  count: (call: () => Promise<unknown>) => Promise<string[]>;
  close: () => Promise<void>;
}

export function createQueryCounter(url: string): QueryCounter {
  let recorded: string[] | null = null;
  const db = createDb(url, {
    maxConnections: 4,
    onQuery: (sql) => recorded?.push(sql),
  });
  return {
    db,
    async count(call) {
      const statements: string[] = [];
      recorded = statements;
      try {
        await call();
      } finally {
        recorded = null;
      }
      return statements;
    },
    close: () => closeDb(db),
  };
}

/** One line per statement, whitespace collapsed and cut, for printing. */
export function summarizeStatement(sql: string, width = 110): string {
  const line = sql.replace(/\s+/g, " ").trim();
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}
