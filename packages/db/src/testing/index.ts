/**
 * Helpers for tests that touch the database: the run's database (see global-setup.ts) and
 * users with unique emails, so test files never depend on each other's rows.
 */
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";

import type { Database, Executor } from "../client";
import type { UserRole } from "../schema";
import { closeDb, createDb } from "../client";
import { users } from "../schema";

import "./provided-context";

export function useTestDb(): Database {
  const db = createDb(inject("databaseUrl"), { maxConnections: 25 });
  afterAll(() => closeDb(db));
  return db;
}

export function testDatabaseEngine() {
  return inject("databaseEngine");
}

export async function createTestUser(
  db: Executor,
  options: { role?: UserRole; name?: string } = {},
) {
  const tag = randomUUID().slice(0, 8);
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${tag}@test.phasewise.local`,
      name: options.name ?? `Test User ${tag}`,
      role: options.role ?? "customer",
    })
    .returning();
  if (!user) throw new Error("could not create a test user");
  return user;
}
