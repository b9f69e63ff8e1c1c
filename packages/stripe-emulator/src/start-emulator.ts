/**
 * Starts the emulator's HTTP server: loads persisted state if a data file is given, wires webhook
 * delivery, and returns the URL, a typed control client and `stop()`.
 */
import { createServer } from "node:http";

import type { ControlClient } from "./control/control-client";
import type { DeliverySettings } from "./webhooks/delivery-queue";
import { createControlClient } from "./control/control-client";
import { EmulatorCore } from "./core";
import { handleRequest } from "./server/handle-request";
import { loadState, StateFileWriter } from "./state/persist-state";

export interface StripeEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on; by default all interfaces (IPv4 and IPv6), so `localhost` always works. */
  host?: string;
  webhookUrl?: string;
  /** `whsec_…`; required with `webhookUrl`. */
  webhookSecret?: string;
  /** Keeps state in this JSON file across restarts. */
  dataFile?: string;
  /** Base URL used in hosted links (checkout, portal, invoices); defaults to http://localhost:<port>. */
  publicUrl?: string;
  /** Webhook retry/backoff/delay settings (tests use short backoffs). */
  delivery?: Partial<DeliverySettings>;
}

export interface StripeEmulator {
  url: string;
  port: number;
  control: ControlClient;
  stop: () => Promise<void>;
}

export async function startStripeEmulator(
  options: StripeEmulatorOptions = {},
): Promise<StripeEmulator> {
  if (options.webhookUrl && !options.webhookSecret?.startsWith("whsec_")) {
    throw new Error("webhookSecret (whsec_…) is required when webhookUrl is set");
  }
  const core = new EmulatorCore({
    publicUrl: options.publicUrl ?? "",
    webhook:
      options.webhookUrl && options.webhookSecret
        ? { url: options.webhookUrl, secret: options.webhookSecret }
        : null,
    delivery: options.delivery,
    state: options.dataFile ? (loadState(options.dataFile) ?? undefined) : undefined,
  });
  const writer = options.dataFile ? new StateFileWriter(options.dataFile, () => core.state) : null;
  if (writer) core.onChange = () => writer.schedule();

  const server = createServer((request, response) => {
    void handleRequest(core, request, response);
  });
  // Keep-alive sockets from the SDK would otherwise hold `close()` open.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("Expected a TCP address");
  const url = `http://localhost:${address.port}`;
  core.publicUrl = (options.publicUrl ?? url).replace(/\/$/, "");

  return {
    url,
    port: address.port,
    control: createControlClient(url),
    stop: async () => {
      core.queue.clear();
      writer?.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
