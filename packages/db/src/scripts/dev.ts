/**
 * `pnpm dev`: the one command that starts the product. Uses DATABASE_URL when set; otherwise
 * starts the embedded PostgreSQL (PGlite over the wire protocol, data in .data/pglite). Without
 * STRIPE_SECRET_KEY it also starts the local Stripe emulator (state in .data/stripe-emulator.json,
 * webhooks to the web app). Then migrates, seeds, puts the catalog into Stripe, and runs both
 * apps with turbo until Ctrl+C.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

import type { StripeEmulator } from "@phasewise/stripe-emulator";
import { startStripeEmulator } from "@phasewise/stripe-emulator";

import type { EmbeddedServer } from "../embedded/start-embedded-server";
import { DataDirLockedError } from "../embedded/data-dir-lock";
import { defaultEmbeddedDataDir, findRepoRoot } from "../embedded/paths";
import { startEmbeddedServer } from "../embedded/start-embedded-server";
import { migrateDatabase } from "../migrate";
import { seedDatabase } from "../seed/seed-database";
import { withScriptDatabase } from "./with-script-database";

/** Treats an empty variable (as written by `.env` templates) as unset. */
const unset = (value: string | undefined) => (value === "" ? undefined : value);

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

// Payments: real Stripe when a key is configured, else the local emulator ("test payments").
let emulator: StripeEmulator | undefined;
if (!process.env.STRIPE_SECRET_KEY) {
  // Empty values (from a copied .env.example) mean "unset".
  const port = Number(unset(process.env.STRIPE_EMULATOR_PORT) ?? 12111);
  const webPort = Number(unset(process.env.PORT) ?? 3000);
  const webhookSecret = "whsec_phasewise_local_emulator";
  try {
    emulator = await startStripeEmulator({
      port,
      dataFile: join(root, ".data", "stripe-emulator.json"),
      webhookUrl: `http://localhost:${webPort}/api/stripe/webhook`,
      webhookSecret,
    });
  } catch (error) {
    console.error(`The Stripe emulator could not listen on port ${port}:`, error);
    console.error("Set STRIPE_EMULATOR_PORT to another port, or stop what is using it.");
    await server?.stop();
    process.exit(1);
  }
  Object.assign(process.env, {
    STRIPE_SECRET_KEY: "sk_test_phasewise_emulator",
    STRIPE_API_HOST: emulator.url,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
  });
  console.log(`Stripe emulator (test payments) listening: ${emulator.url}`);
}
await runCatalogSync();
console.log(
  "Migrated and seeded. Demo sign-in: demo@phasewise.local (customer), admin@phasewise.local (admin).",
);
console.log(
  "Web: http://localhost:3000   Admin: http://localhost:3001   Sign-in links: /dev/outbox in either app.",
);

/** `pnpm billing:catalog` (a separate package: the database package does not depend on billing). */
async function runCatalogSync() {
  const sync = spawn("pnpm", ["--filter", "@phasewise/billing", "billing:catalog"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: process.env,
  });
  const code = await new Promise<number | null>((resolve) => sync.on("exit", resolve));
  if (code !== 0) console.error("Putting the catalog into Stripe failed: Buy buttons stay hidden.");
}

const apps = spawn(
  "pnpm",
  ["exec", "turbo", "run", "dev", "--filter=@phasewise/web", "--filter=@phasewise/admin"],
  { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } },
);

async function shutdown(code: number) {
  if (!apps.killed) apps.kill("SIGTERM");
  await emulator?.stop();
  await server?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
apps.on("exit", (code) => void shutdown(code ?? 0));
