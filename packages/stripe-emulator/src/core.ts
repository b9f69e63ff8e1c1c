/**
 * The emulator's shared core: state, the (test) clock, event recording and webhook queueing.
 * API routes, hosted pages and the control API all change state through functions that take it.
 */
import type { EventInput } from "./events/build-event";
import type { JsonObject } from "./lib/json";
import type { EmulatorState } from "./state/state";
import type { DeliverySettings } from "./webhooks/delivery-queue";
import type { WebhookEndpoint } from "./webhooks/send-webhook";
import { buildEvent } from "./events/build-event";
import { createId } from "./lib/ids";
import { toJsonObject } from "./lib/json";
import { createEmptyState } from "./state/state";
import { DeliveryQueue } from "./webhooks/delivery-queue";

export const API_VERSION = "2026-10-28.endive";

export interface DunningSettings {
  /** Total payment attempts for a renewal invoice, the first one included. */
  maxAttempts: number;
  retryIntervalSeconds: number;
  /** What happens after the last failed attempt (Stripe's "subscription status" setting). */
  finalAction: "cancel" | "unpaid" | "past_due";
}

export const DEFAULT_DUNNING: DunningSettings = {
  maxAttempts: 3,
  retryIntervalSeconds: 3 * 86_400,
  finalAction: "cancel",
};

export interface FailureRule {
  remaining: number;
  pathPrefix: string | null;
  status: number;
}

export interface RequestInfo {
  id: string;
  idempotencyKey: string | null;
}

export interface StoredResponse {
  fingerprint: string;
  response: { status: number; headers: Record<string, string>; body: string };
}

export interface CoreOptions {
  publicUrl: string;
  webhook: WebhookEndpoint | null;
  delivery?: Partial<DeliverySettings>;
  state?: EmulatorState;
}

export class EmulatorCore {
  state: EmulatorState;
  publicUrl: string;
  readonly queue: DeliveryQueue;
  dunning: DunningSettings = { ...DEFAULT_DUNNING };
  failures: FailureRule[] = [];
  /** Idempotency-Key → the first successful response (kept in memory, cleared on reset). */
  readonly idempotency = new Map<string, StoredResponse>();
  /** Set while an API request runs, so its events carry `request.id` like Stripe's do. */
  currentRequest: RequestInfo | null = null;
  /** Called after anything changed (the server persists the state from here). */
  onChange: () => void = () => undefined;

  constructor(options: CoreOptions) {
    this.state = options.state ?? createEmptyState();
    this.publicUrl = options.publicUrl;
    this.queue = new DeliveryQueue(options.webhook, options.delivery);
  }

  /** Emulated "now" in Unix seconds: wall clock plus the test-clock offset. */
  now(): number {
    return Math.floor(Date.now() / 1000) + this.state.clockOffset;
  }

  recordEvent(input: EventInput, previous?: JsonObject): JsonObject {
    const event = buildEvent(input, {
      id: createId("evt"),
      created: this.now(),
      apiVersion: API_VERSION,
      pendingWebhooks: this.queue.endpoint ? 1 : 0,
      request: this.currentRequest
        ? { id: this.currentRequest.id, idempotency_key: this.currentRequest.idempotencyKey }
        : { id: null, idempotency_key: null },
    });
    const json = toJsonObject(event);
    const data = json.data;
    if (previous && data && typeof data === "object" && !Array.isArray(data)) {
      data.previous_attributes = previous;
    }
    this.state.events[event.id] = json;
    this.queue.enqueue(event.id, event.type, JSON.stringify(json, null, 2));
    return json;
  }

  reset(): void {
    this.state = createEmptyState();
    this.queue.clear();
    this.dunning = { ...DEFAULT_DUNNING };
    this.failures = [];
    this.idempotency.clear();
    this.onChange();
  }
}
