import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Harness } from "./helpers/harness";
import { startHarness, WEBHOOK_SECRET } from "./helpers/harness";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());
beforeEach(async () => {
  await harness.reset();
  await harness.emulator.control.configureDeliveries({
    delayMs: 0,
    maxAttempts: 4,
    retryBaseMs: 5,
    retryMaxMs: 20,
  });
  await harness.emulator.control.configureWebhook(harness.receiver.url, WEBHOOK_SECRET);
});

async function createCustomers(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    ids.push((await harness.stripe.customers.create({ email: `c${index}@example.com` })).id);
  }
  return ids;
}

function receivedCustomerIds(): string[] {
  return harness
    .events()
    .flatMap((event) => (event.type === "customer.created" ? [event.data.object.id] : []));
}

describe("webhook delivery", () => {
  it("retries non-2xx responses with backoff until the endpoint accepts", async () => {
    harness.receiver.respond = (_webhook, index) => (index < 2 ? 500 : 200);
    await createCustomers(1);
    const { deliveries } = await harness.emulator.control.waitForDeliveries();
    expect(deliveries[0]).toMatchObject({ status: "succeeded" });
    expect(deliveries[0]?.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 200]);
    expect(harness.receiver.received).toHaveLength(3);
  });

  it("gives up after the configured number of attempts", async () => {
    harness.receiver.respond = () => 503;
    await createCustomers(1);
    const { deliveries } = await harness.emulator.control.waitForDeliveries();
    expect(deliveries[0]).toMatchObject({ status: "failed" });
    expect(deliveries[0]?.attempts).toHaveLength(4);
  });

  it("redelivers an event several times, concurrently, with the same event id", async () => {
    await createCustomers(1);
    await harness.emulator.control.waitForDeliveries();
    const [event] = harness.events();
    if (!event) throw new Error("no event");
    const { deliveries } = await harness.emulator.control.redeliverEvent(event.id, {
      times: 3,
      concurrent: true,
    });
    expect(deliveries.filter((delivery) => delivery.status === "succeeded")).toHaveLength(4);
    expect(harness.events().map((received) => received.id)).toEqual([
      event.id,
      event.id,
      event.id,
      event.id,
    ]);
  });

  it("holds events while paused and releases them in the requested order", async () => {
    await harness.emulator.control.pauseDeliveries();
    const ids = await createCustomers(3);
    const held = await harness.emulator.control.listDeliveries();
    expect(held.paused).toBe(true);
    expect(held.deliveries.map((delivery) => delivery.status)).toEqual(["held", "held", "held"]);
    expect(harness.receiver.received).toHaveLength(0);

    await harness.emulator.control.releaseDeliveries({ order: "reverse" });
    expect(receivedCustomerIds()).toEqual([...ids].reverse());
  });

  it("releases held events in an explicit event order", async () => {
    await harness.emulator.control.pauseDeliveries();
    const ids = await createCustomers(3);
    const events = (await harness.stripe.events.list({ type: "customer.created" })).data;
    const eventFor = (customerId: string) =>
      events.find(
        (event) => event.type === "customer.created" && event.data.object.id === customerId,
      )?.id ?? "";
    const order = [eventFor(ids[1] ?? ""), eventFor(ids[2] ?? ""), eventFor(ids[0] ?? "")];
    await harness.emulator.control.releaseDeliveries({ order });
    expect(receivedCustomerIds()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it("delays deliveries when asked", async () => {
    await harness.emulator.control.configureDeliveries({ delayMs: 150 });
    await createCustomers(1);
    expect(harness.receiver.received).toHaveLength(0);
    const { deliveries } = await harness.emulator.control.listDeliveries();
    expect(deliveries[0]?.status).toBe("pending");
    await harness.emulator.control.waitForDeliveries();
    expect(harness.receiver.received).toHaveLength(1);
  });

  it("signs arbitrary payloads for handler tests", async () => {
    const payload = JSON.stringify({
      id: "evt_custom",
      object: "event",
      type: "customer.created",
      data: { object: {} },
    });
    const { header } = await harness.emulator.control.signPayload(payload);
    const event = harness.stripe.webhooks.constructEvent(payload, header, WEBHOOK_SECRET);
    expect(event.id).toBe("evt_custom");
  });

  it("stops delivering when the endpoint is removed", async () => {
    await harness.emulator.control.configureWebhook(null);
    await createCustomers(1);
    expect((await harness.emulator.control.listDeliveries()).deliveries).toHaveLength(0);
  });
});
