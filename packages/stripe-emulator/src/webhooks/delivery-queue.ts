/**
 * Webhook delivery: each event becomes a delivery that is POSTed, retried with exponential backoff
 * on non-2xx or network errors, and can be held (pause), released in a chosen order, delayed, or
 * redelivered. Deliveries live in memory only; events themselves are kept in the emulator state.
 */
import type { DeliveryAttempt, WebhookEndpoint } from "./send-webhook";
import { createId } from "../lib/ids";
import { sendWebhook } from "./send-webhook";

export type DeliveryStatus = "held" | "pending" | "in_flight" | "succeeded" | "failed";

export interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: DeliveryAttempt[];
  /** Epoch ms of the next scheduled attempt, when one is scheduled. */
  nextAttemptAt: number | null;
}

export interface DeliverySettings {
  /** Extra wait before every attempt (simulates a slow Stripe). */
  delayMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  timeoutMs: number;
}

export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  delayMs: 0,
  maxAttempts: 5,
  retryBaseMs: 1000,
  retryMaxMs: 60_000,
  timeoutMs: 10_000,
};

interface QueuedDelivery extends Delivery {
  payload: string;
  timer: NodeJS.Timeout | null;
}

export type ReleaseOrder = "fifo" | "reverse" | string[];

export class DeliveryQueue {
  settings: DeliverySettings;
  endpoint: WebhookEndpoint | null;
  private paused = false;
  private readonly deliveries = new Map<string, QueuedDelivery>();
  private idleWaiters: (() => void)[] = [];

  constructor(endpoint: WebhookEndpoint | null, settings: Partial<DeliverySettings> = {}) {
    this.endpoint = endpoint;
    this.settings = { ...DEFAULT_DELIVERY_SETTINGS, ...settings };
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Queues an event for delivery; nothing is queued while no endpoint is configured. */
  enqueue(eventId: string, eventType: string, payload: string): Delivery | null {
    if (!this.endpoint) return null;
    const delivery = this.createDelivery(eventId, eventType, payload);
    if (this.paused) delivery.status = "held";
    else this.schedule(delivery, this.settings.delayMs);
    return summarise(delivery);
  }

  /** Sends the event again `times` times (even while paused), one after another or all at once. */
  async redeliver(
    eventId: string,
    eventType: string,
    payload: string,
    times: number,
    concurrent: boolean,
  ) {
    const created = Array.from({ length: times }, () =>
      this.createDelivery(eventId, eventType, payload),
    );
    if (concurrent) await Promise.all(created.map((delivery) => this.attempt(delivery)));
    else for (const delivery of created) await this.attempt(delivery);
    return created.map(summarise);
  }

  pause(): void {
    this.paused = true;
  }

  /** Sends held deliveries one at a time in the given order (event ids first, then the rest). */
  async release(order: ReleaseOrder = "fifo", resume = true): Promise<Delivery[]> {
    const held = [...this.deliveries.values()].filter((delivery) => delivery.status === "held");
    const ordered = sortForRelease(held, order);
    if (resume) this.paused = false;
    for (const delivery of ordered) await this.attempt(delivery);
    return ordered.map(summarise);
  }

  list(): Delivery[] {
    return [...this.deliveries.values()].map(summarise);
  }

  get(id: string): Delivery | undefined {
    const delivery = this.deliveries.get(id);
    return delivery ? summarise(delivery) : undefined;
  }

  /** Resolves true once nothing is pending or in flight (held deliveries do not count). */
  async waitForIdle(timeoutMs: number): Promise<boolean> {
    if (this.isIdle()) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((waiter) => waiter !== onIdle);
        resolve(false);
      }, timeoutMs);
      const onIdle = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.idleWaiters.push(onIdle);
    });
  }

  /** Forgets every delivery and cancels scheduled attempts (reset and shutdown). */
  clear(): void {
    for (const delivery of this.deliveries.values())
      if (delivery.timer) clearTimeout(delivery.timer);
    this.deliveries.clear();
    this.paused = false;
    this.notifyIfIdle();
  }

  private createDelivery(eventId: string, eventType: string, payload: string): QueuedDelivery {
    const delivery: QueuedDelivery = {
      id: createId("whdel", 16),
      eventId,
      eventType,
      status: "pending",
      attempts: [],
      nextAttemptAt: null,
      payload,
      timer: null,
    };
    this.deliveries.set(delivery.id, delivery);
    return delivery;
  }

  private schedule(delivery: QueuedDelivery, waitMs: number): void {
    delivery.status = "pending";
    delivery.nextAttemptAt = Date.now() + waitMs;
    delivery.timer = setTimeout(() => {
      delivery.timer = null;
      if (this.paused) {
        delivery.status = "held";
        delivery.nextAttemptAt = null;
        this.notifyIfIdle();
        return;
      }
      void this.attempt(delivery);
    }, waitMs);
  }

  private async attempt(delivery: QueuedDelivery): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint || !this.deliveries.has(delivery.id)) return;
    delivery.status = "in_flight";
    delivery.nextAttemptAt = null;
    const result = await sendWebhook(endpoint, delivery.payload, this.settings.timeoutMs);
    if (!this.deliveries.has(delivery.id)) return;
    delivery.attempts.push(result);
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    if (ok) delivery.status = "succeeded";
    else if (delivery.attempts.length >= this.settings.maxAttempts) delivery.status = "failed";
    else this.schedule(delivery, this.settings.delayMs + this.backoffMs(delivery.attempts.length));
    this.notifyIfIdle();
  }

  private backoffMs(failedAttempts: number): number {
    return Math.min(
      this.settings.retryBaseMs * 2 ** (failedAttempts - 1),
      this.settings.retryMaxMs,
    );
  }

  private isIdle(): boolean {
    for (const delivery of this.deliveries.values()) {
      if (delivery.status === "pending" || delivery.status === "in_flight") return false;
    }
    return true;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const waiter of waiters) waiter();
  }
}

function sortForRelease(held: QueuedDelivery[], order: ReleaseOrder): QueuedDelivery[] {
  if (order === "fifo") return held;
  if (order === "reverse") return [...held].reverse();
  const rank = (delivery: QueuedDelivery) => {
    const index = order.indexOf(delivery.eventId);
    return index === -1 ? order.length : index;
  };
  // Array.prototype.sort is stable, so unlisted deliveries keep their FIFO order at the end.
  return [...held].sort((a, b) => rank(a) - rank(b));
}

function summarise(delivery: QueuedDelivery): Delivery {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    attempts: [...delivery.attempts],
    nextAttemptAt: delivery.nextAttemptAt,
  };
}
