/**
 * Handlers of the `/_emulator` control API (JSON in, JSON out) for tests and local development:
 * reset, webhook deliveries (list, pause/release in order, delay, redeliver, wait), the test clock,
 * injected API failures, dunning, failing cards, async payment outcomes, completing a session,
 * signing payloads.
 */
import type { z } from "zod";

import type { EmulatorCore } from "../core";
import { advanceClock } from "../billing/advance-clock";
import { attemptCheckoutPayment } from "../billing/complete-checkout";
import { settleAsyncCheckout } from "../billing/settle-async-checkout";
import { createPaymentMethod } from "../billing/test-cards";
import { resourceMissing, StripeApiError } from "../lib/errors";
import { toJsonObject } from "../lib/json";
import { signPayload } from "../webhooks/sign-payload";
import * as schemas from "./control-schemas";

export type ControlHandler = (core: EmulatorCore, body: unknown, id: string) => unknown;

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  return schema.parse(body ?? {});
}

export const controlHandlers: Record<string, ControlHandler> = {
  "POST /reset": (core) => {
    core.reset();
    return { ok: true };
  },
  "GET /deliveries": (core) => ({ paused: core.queue.isPaused, deliveries: core.queue.list() }),
  "POST /deliveries/pause": (core) => {
    core.queue.pause();
    return { paused: true, deliveries: core.queue.list() };
  },
  "POST /deliveries/release": async (core, body) => {
    const input = parse(schemas.releaseRequest, body);
    await core.queue.release(input.order, input.resume ?? true);
    return { paused: core.queue.isPaused, deliveries: core.queue.list() };
  },
  "POST /deliveries/settings": (core, body) => {
    core.queue.settings = {
      ...core.queue.settings,
      ...parse(schemas.deliverySettingsRequest, body),
    };
    return core.queue.settings;
  },
  "POST /deliveries/wait": async (core, body) => {
    const input = parse(schemas.waitRequest, body);
    const idle = await core.queue.waitForIdle(input.timeoutMs ?? 10_000);
    return { idle, deliveries: core.queue.list() };
  },
  "POST /events/:id/redeliver": async (core, body, id) => {
    const input = parse(schemas.redeliverRequest, body);
    const event = core.state.events[id];
    if (!event) throw resourceMissing("event", id);
    if (!core.queue.endpoint)
      throw new StripeApiError({
        status: 409,
        type: "invalid_request_error",
        message: "No webhook endpoint is configured.",
      });
    const type = typeof event.type === "string" ? event.type : "unknown";
    await core.queue.redeliver(
      id,
      type,
      JSON.stringify(event, null, 2),
      input.times ?? 1,
      input.concurrent ?? false,
    );
    return {
      paused: core.queue.isPaused,
      deliveries: core.queue.list().filter((delivery) => delivery.eventId === id),
    };
  },
  "POST /webhook": (core, body) => {
    const input = parse(schemas.webhookRequest, body);
    const secret = input.secret ?? core.queue.endpoint?.secret;
    if (input.url && !secret)
      throw new StripeApiError({
        status: 400,
        type: "invalid_request_error",
        message: "A webhook secret (whsec_…) is required.",
      });
    core.queue.endpoint = input.url && secret ? { url: input.url, secret } : null;
    return { url: core.queue.endpoint?.url ?? null };
  },
  "GET /clock": (core) => ({ now: core.now(), offsetSeconds: core.state.clockOffset }),
  "POST /clock/advance": (core, body) => {
    const milestones = advanceClock(core, parse(schemas.advanceClockRequest, body).seconds);
    return { now: core.now(), offsetSeconds: core.state.clockOffset, milestones };
  },
  "POST /failures": (core, body) => {
    const input = parse(schemas.failuresRequest, body);
    core.failures.push({
      remaining: input.count,
      pathPrefix: input.path ?? null,
      status: input.status ?? 500,
    });
    return { failures: core.failures };
  },
  "POST /dunning": (core, body) => {
    core.dunning = { ...core.dunning, ...parse(schemas.dunningRequest, body) };
    return core.dunning;
  },
  "POST /subscriptions/:id/payment-method": (core, body, id) => {
    const input = parse(schemas.paymentMethodRequest, body);
    const subscription = core.state.subscriptions[id];
    if (!subscription) throw resourceMissing("subscription", id);
    const methodId =
      typeof subscription.default_payment_method === "string"
        ? subscription.default_payment_method
        : "";
    const method = core.state.internal.paymentMethods[methodId];
    if (!method) throw resourceMissing("payment_method", methodId);
    method.failing = input.failing;
    return { subscription: id, paymentMethod: method.id, failing: method.failing };
  },
  "POST /checkout/sessions/:id/async-payment": (core, body, id) => {
    const session = core.state.checkoutSessions[id];
    if (!session) throw resourceMissing("checkout.session", id);
    settleAsyncCheckout(core, session, parse(schemas.asyncPaymentRequest, body).outcome);
    return { session: toJsonObject(session) };
  },
  "POST /checkout/sessions/:id/complete": (core, body, id) => {
    const input = parse(schemas.completeCheckoutRequest, body);
    const session = core.state.checkoutSessions[id];
    if (!session) throw resourceMissing("checkout.session", id);
    if (session.status !== "open")
      throw new StripeApiError({
        status: 409,
        type: "invalid_request_error",
        message: `Session is ${session.status ?? "closed"}.`,
      });
    const customer =
      typeof session.customer === "string" ? core.state.customers[session.customer] : undefined;
    const email =
      input.email ?? customer?.email ?? session.customer_email ?? "customer@example.com";
    const created = createPaymentMethod(core, input.card ?? "4242424242424242");
    if ("error" in created)
      throw new StripeApiError({
        status: 400,
        type: "invalid_request_error",
        message: created.error,
      });
    const attempt = attemptCheckoutPayment(core, session, {
      email,
      method: created.method,
      authenticated: true,
    });
    return {
      status: attempt.status,
      redirectUrl: attempt.status === "completed" ? attempt.redirectUrl : null,
      message: attempt.status === "declined" ? attempt.message : null,
    };
  },
  "POST /sign": (core, body) => {
    const input = parse(schemas.signRequest, body);
    const secret = input.secret ?? core.queue.endpoint?.secret;
    if (!secret)
      throw new StripeApiError({
        status: 400,
        type: "invalid_request_error",
        message: "No secret given and no webhook configured.",
      });
    return { header: signPayload(input.payload, secret, input.timestamp) };
  },
};
