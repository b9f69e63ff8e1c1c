/** CLI: `pnpm --filter @phasewise/stripe-emulator start` (configured from the environment). */
import { readEmulatorEnv } from "./env";
import { startStripeEmulator } from "./start-emulator";

const env = readEmulatorEnv();
const emulator = await startStripeEmulator({
  port: env.STRIPE_EMULATOR_PORT,
  host: env.STRIPE_EMULATOR_HOST,
  publicUrl: env.STRIPE_EMULATOR_PUBLIC_URL,
  webhookUrl: env.STRIPE_WEBHOOK_URL,
  webhookSecret: env.STRIPE_WEBHOOK_SECRET,
  dataFile: env.STRIPE_EMULATOR_DATA_FILE,
});

console.log(`Stripe emulator listening on ${emulator.url}`);
console.log(
  env.STRIPE_WEBHOOK_URL
    ? `Delivering webhooks to ${env.STRIPE_WEBHOOK_URL}`
    : "No STRIPE_WEBHOOK_URL: events are recorded, not delivered",
);

function shutDown(): void {
  void emulator.stop().then(() => process.exit(0));
}
process.once("SIGINT", shutDown);
process.once("SIGTERM", shutDown);
