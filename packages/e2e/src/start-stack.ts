/**
 * Starts what the end-to-end tests drive: a scratch database (a fresh database on DATABASE_URL's
 * server, or in-memory PGlite), migrated and seeded, the Stripe emulator (webhooks to the web
 * app, our catalog pushed into it), and the production builds of both apps.
 * Answers on the readiness port once both apps respond; stops everything on SIGTERM.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";

import { createStripeClient } from "@phasewise/billing";
import { syncCatalogToStripe } from "@phasewise/billing/catalog";
import { closeDb, createDb, seedDatabase } from "@phasewise/db";
import { createScratchDatabase } from "@phasewise/db/scratch";
import { startStripeEmulator } from "@phasewise/stripe-emulator";

import { stackPorts } from "./stack-ports";

const database = await createScratchDatabase(process.env.DATABASE_URL);
const db = createDb(database.url, { maxConnections: 1 });
await seedDatabase(db);

// Test payments: the emulator signs and delivers webhooks to the web app's endpoint.
const stripeKey = "sk_test_phasewise_e2e";
const webhookSecret = "whsec_phasewise_e2e";
const emulator = await startStripeEmulator({
  port: 0,
  webhookUrl: `http://localhost:${stackPorts.web}/api/stripe/webhook`,
  webhookSecret,
  delivery: { retryBaseMs: 250, retryMaxMs: 2000 },
});
await syncCatalogToStripe(db, createStripeClient({ secretKey: stripeKey, apiHost: emulator.url }));
await closeDb(db);

const outboxDir = mkdtempSync(join(tmpdir(), "phasewise-e2e-outbox-"));
const appEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: database.url,
  AUTH_SECRET: "e2e-only-secret-0123456789abcdef",
  AUTH_TRUST_HOST: "true",
  EMAIL_CAPTURE: "true",
  EMAIL_OUTBOX_DIR: outboxDir,
  NEXT_TELEMETRY_DISABLED: "1",
  STRIPE_SECRET_KEY: stripeKey,
  STRIPE_API_HOST: emulator.url,
  STRIPE_WEBHOOK_SECRET: webhookSecret,
  // Where the admin's "send a sign-in link" points customers.
  WEB_URL: `http://localhost:${stackPorts.web}`,
};

function startApp(name: "web" | "admin", port: number): ChildProcess {
  return spawn(
    "pnpm",
    ["--filter", `@phasewise/${name}`, "exec", "next", "start", "--port", String(port)],
    {
      env: { ...appEnv, AUTH_URL: `http://localhost:${port}` },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
}

const apps = [startApp("web", stackPorts.web), startApp("admin", stackPorts.admin)];

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

await Promise.all([
  waitFor(`http://localhost:${stackPorts.web}/api/auth/providers`),
  waitFor(`http://localhost:${stackPorts.admin}/api/auth/providers`),
]);
// Tests read the database URL here to arrange data (users, grants) the way an admin would.
const ready = createServer((_request, response) =>
  response.end(
    JSON.stringify({
      engine: database.engine,
      databaseUrl: database.url,
      stripeEmulatorUrl: emulator.url,
    }),
  ),
).listen(stackPorts.ready);
console.log(`E2E stack ready on ${database.engine}.`);

async function stop() {
  ready.close();
  for (const app of apps) app.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await emulator.stop();
  await database.drop();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
