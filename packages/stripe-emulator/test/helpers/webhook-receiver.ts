/** A tiny local HTTP endpoint that records webhook requests (raw body + signature) for tests. */
import { createServer } from "node:http";

export interface ReceivedWebhook {
  body: string;
  signature: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Decides the status code for each incoming request (default 200). */
  respond: (webhook: ReceivedWebhook, index: number) => number;
  close: () => Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: "",
    received: [],
    respond: () => 200,
    close: () => Promise.resolve(),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const signature = request.headers["stripe-signature"];
      const webhook = {
        body: Buffer.concat(chunks).toString("utf8"),
        signature: typeof signature === "string" ? signature : "",
      };
      const index = receiver.received.push(webhook) - 1;
      response.writeHead(receiver.respond(webhook, index), { "content-type": "application/json" });
      response.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("Expected a TCP address");
  receiver.url = `http://localhost:${address.port}/webhooks/stripe`;
  receiver.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver;
}
