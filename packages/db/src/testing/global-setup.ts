/**
 * Vitest global setup for database tests: one scratch database per run (a fresh database on
 * PostgreSQL when DATABASE_URL is set, else in-memory PGlite; PHASEWISE_TEST_ENGINE=pglite forces
 * the embedded engine). Migrations run once, before any worker starts.
 */
import type { TestProject } from "vitest/node";

import { createScratchDatabase } from "./scratch-database";

import "./provided-context";

export default async function setup(project: TestProject) {
  const forcePglite = process.env.PHASEWISE_TEST_ENGINE === "pglite";
  const database = await createScratchDatabase(forcePglite ? undefined : process.env.DATABASE_URL);
  project.provide("databaseUrl", database.url);
  project.provide("databaseEngine", database.engine);
  return database.drop;
}
