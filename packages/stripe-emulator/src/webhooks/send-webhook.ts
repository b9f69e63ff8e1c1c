/** One HTTP POST of a signed event to the configured endpoint, reported as an attempt record. */
import { signPayload } from "./sign-payload";

export interface WebhookEndpoint {
  url: string;
  secret: string;
}

export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export async function sendWebhook(
  endpoint: WebhookEndpoint,
  payload: string,
  timeoutMs: number,
): Promise<DeliveryAttempt> {
  const startedAt = Date.now();
  const at = new Date(startedAt).toISOString();
  try {
    const response = await fetch(endpoint.url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        "stripe-signature": signPayload(payload, endpoint.secret),
      },
      body: payload,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain the body so the connection can be reused; its content is not interesting.
    await response.arrayBuffer();
    return { at, statusCode: response.status, error: null, durationMs: Date.now() - startedAt };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { at, statusCode: null, error: message, durationMs: Date.now() - startedAt };
  }
}
