/** Vitest setup file: code under test that reads DATABASE_URL (getDb) gets the run's database. */
import { inject } from "vitest";

import "./provided-context";

process.env.DATABASE_URL = inject("databaseUrl");
