/**
 * `pnpm dev`: the one command that starts the product. Uses DATABASE_URL when set; otherwise
 * starts the embedded PostgreSQL (PGlite over the wire protocol, data in .data/pglite). Then
 * migrates, seeds, and runs both apps with turbo until Ctrl+C.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

import type { EmbeddedServer } from "../embedded/start-embedded-server";
import { DataDirLockedError } from "../embedded/data-dir-lock";
import { defaultEmbeddedDataDir, findRepoRoot } from "../embedded/paths";
import { startEmbeddedServer } from "../embedded/start-embedded-server";
import { migrateDatabase } from "../migrate";
import { seedDatabase } from "../seed/seed-database";
import { withScriptDatabase } from "./with-script-database";

const root = findRepoRoot();
if (existsSync(join(root, ".env"))) process.loadEnvFile(join(root, ".env"));

let server: EmbeddedServer | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
  try {
    server = await startEmbeddedServer({ dataDir: defaultEmbeddedDataDir(), port });
  } catch (error) {
    console.error(error instanceof DataDirLockedError ? error.message : error);
    process.exit(1);
  }
  url = server.url;
  console.log(`Embedded PostgreSQL (PGlite) listening: ${url}`);
}

await migrateDatabase(url);
process.env.DATABASE_URL = url;
await withScriptDatabase((db) => seedDatabase(db));
console.log(
  "Migrated and seeded. Demo sign-in: demo@phasewise.local (customer), admin@phasewise.local (admin).",
);
console.log(
  "Web: http://localhost:3000   Admin: http://localhost:3001   Sign-in links: /dev/outbox in either app.",
);

const apps = spawn(
  "pnpm",
  ["exec", "turbo", "run", "dev", "--filter=@phasewise/web", "--filter=@phasewise/admin"],
  { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } },
);

async function shutdown(code: number) {
  if (!apps.killed) apps.kill("SIGTERM");
  await server?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
apps.on("exit", (code) => void shutdown(code ?? 0));
