/**
 * A typed client for the `/_emulator` control API. Tests in the same process get one from
 * `startStripeEmulator`; tests elsewhere (e2e, other packages) create one with the emulator's URL.
 */
import type { z } from "zod";

import type { DeliverySettingsInput, DunningInput, ReleaseInput } from "./control-schemas";
import * as schemas from "./control-schemas";

export class ControlApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readErrorMessage(body: unknown): string {
  if (typeof body === "object" && body !== null && "error" in body) {
    const error = body.error;
    if (
      typeof error === "object" &&
      error !== null &&
      "message" in error &&
      typeof error.message === "string"
    ) {
      return error.message;
    }
  }
  return JSON.stringify(body);
}

export function createControlClient(baseUrl: string) {
  async function call<T extends z.ZodType>(
    method: "GET" | "POST",
    path: string,
    schema: T,
    body?: object,
  ): Promise<z.output<T>> {
    const response = await fetch(`${baseUrl}/_emulator${path}`, {
      method,
      headers: body ? { "content-type": "application/json" } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new ControlApiError(response.status, readErrorMessage(json));
    return schema.parse(json);
  }
  const encode = encodeURIComponent;

  return {
    /** Forgets all objects, events, deliveries, injected failures and settings. */
    reset: () => call("POST", "/reset", schemas.okResponse, {}),
    listDeliveries: () => call("GET", "/deliveries", schemas.deliveriesResponse),
    /** Holds new (and due) deliveries until `releaseDeliveries`. */
    pauseDeliveries: () => call("POST", "/deliveries/pause", schemas.deliveriesResponse, {}),
    /** Sends held deliveries one by one: `fifo`, `reverse`, or these event ids first. */
    releaseDeliveries: (input: ReleaseInput = {}) =>
      call("POST", "/deliveries/release", schemas.deliveriesResponse, input),
    configureDeliveries: (input: DeliverySettingsInput) =>
      call("POST", "/deliveries/settings", schemas.deliverySettingsSchema, input),
    /** Waits until no delivery is pending or in flight (held ones are ignored). */
    waitForDeliveries: (timeoutMs = 10_000) =>
      call("POST", "/deliveries/wait", schemas.waitResponse, { timeoutMs }),
    redeliverEvent: (eventId: string, options: { times?: number; concurrent?: boolean } = {}) =>
      call("POST", `/events/${encode(eventId)}/redeliver`, schemas.deliveriesResponse, options),
    configureWebhook: (url: string | null, secret?: string) =>
      call("POST", "/webhook", schemas.webhookResponse, { url, secret }),
    getClock: () => call("GET", "/clock", schemas.clockResponse),
    advanceClock: (seconds: number) =>
      call("POST", "/clock/advance", schemas.advanceClockResponse, { seconds }),
    /** The next `count` API requests (optionally only under `path`) answer 5xx. */
    failNextRequests: (count: number, options: { path?: string; status?: number } = {}) =>
      call("POST", "/failures", schemas.failuresResponse, { count, ...options }),
    configureDunning: (input: DunningInput) =>
      call("POST", "/dunning", schemas.dunningSchema, input),
    setPaymentMethodFailing: (subscriptionId: string, failing: boolean) =>
      call(
        "POST",
        `/subscriptions/${encode(subscriptionId)}/payment-method`,
        schemas.paymentMethodResponse,
        { failing },
      ),
    settleAsyncPayment: (sessionId: string, outcome: "succeeded" | "failed") =>
      call(
        "POST",
        `/checkout/sessions/${encode(sessionId)}/async-payment`,
        schemas.sessionResponse,
        { outcome },
      ),
    /** Pays an open session without the browser (default card 4242…). */
    completeCheckoutSession: (sessionId: string, input: { email?: string; card?: string } = {}) =>
      call(
        "POST",
        `/checkout/sessions/${encode(sessionId)}/complete`,
        schemas.completeCheckoutResponse,
        input,
      ),
    signPayload: (payload: string, options: { secret?: string; timestamp?: number } = {}) =>
      call("POST", "/sign", schemas.signResponse, { payload, ...options }),
  };
}

export type ControlClient = ReturnType<typeof createControlClient>;
