/**
 * Test harness: a webhook receiver, an emulator delivering to it with fast retries, and the real
 * Stripe SDK pointed at the emulator. `events()` verifies every received webhook with the SDK's
 * `constructEvent`, so a test that reads events has also checked their signatures.
 */
import Stripe from "stripe";

import type { StripeEmulator, StripeEmulatorOptions } from "../../src";
import type { WebhookReceiver } from "./webhook-receiver";
import { API_VERSION, startStripeEmulator } from "../../src";
import { startWebhookReceiver } from "./webhook-receiver";

export const WEBHOOK_SECRET = "whsec_emulator_test_secret";

export interface Harness {
  emulator: StripeEmulator;
  stripe: Stripe;
  receiver: WebhookReceiver;
  /** All received webhooks, verified and parsed by `stripe.webhooks.constructEvent`. */
  events: () => Stripe.Event[];
  /** Waits for deliveries to settle, then returns the verified events of one type. */
  eventsOfType: (type: string) => Promise<Stripe.Event[]>;
  /** Resets the emulator and forgets received webhooks (between tests). */
  reset: () => Promise<void>;
  stop: () => Promise<void>;
}

export function createStripeClient(port: number, options: Stripe.StripeConfig = {}): Stripe {
  return new Stripe("sk_test_emulator", {
    host: "localhost",
    port,
    protocol: "http",
    apiVersion: API_VERSION,
    maxNetworkRetries: 0,
    ...options,
  });
}

export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const receiver = await startWebhookReceiver();
  const emulator = await startStripeEmulator({
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    delivery: { retryBaseMs: 5, retryMaxMs: 20, maxAttempts: 4 },
    ...options,
  });
  const stripe = createStripeClient(emulator.port);
  const events = () =>
    receiver.received.map((webhook) =>
      stripe.webhooks.constructEvent(webhook.body, webhook.signature, WEBHOOK_SECRET),
    );
  return {
    emulator,
    stripe,
    receiver,
    events,
    eventsOfType: async (type) => {
      await emulator.control.waitForDeliveries();
      return events().filter((event) => event.type === type);
    },
    reset: async () => {
      // Let in-flight deliveries land first, so they cannot arrive after the receiver is cleared.
      await emulator.control.waitForDeliveries();
      await emulator.control.reset();
      receiver.received.length = 0;
      receiver.respond = () => 200;
    },
    stop: async () => {
      await emulator.stop();
      await receiver.close();
    },
  };
}
