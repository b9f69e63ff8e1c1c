import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { startStripeEmulator } from "../src";
import { createCatalog } from "./helpers/fixtures";
import { createStripeClient } from "./helpers/harness";

const directory = mkdtempSync(join(tmpdir(), "stripe-emulator-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("data file", () => {
  it("keeps customers, prices and subscriptions across a restart", async () => {
    const dataFile = join(directory, "state.json");
    const first = await startStripeEmulator({ dataFile });
    const stripe = createStripeClient(first.port);
    const catalog = await createCatalog(stripe);
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer_email: "kept@example.com",
      line_items: [{ price: catalog.monthly.id, quantity: 1 }],
    });
    await first.control.completeCheckoutSession(session.id);
    await first.stop();

    const second = await startStripeEmulator({ dataFile });
    const restarted = createStripeClient(second.port);
    const price = await restarted.prices.retrieve(catalog.monthly.id);
    expect(price.unit_amount_decimal?.toString()).toBe("1900");
    const [subscription] = (await restarted.subscriptions.list({ status: "all" })).data;
    expect(subscription).toMatchObject({ status: "active" });
    // Items share the live price again, so archiving it shows on the subscription too.
    await restarted.prices.update(catalog.monthly.id, { active: false });
    const reloaded = await restarted.subscriptions.retrieve(subscription?.id ?? "");
    expect(reloaded.items.data[0]?.price.active).toBe(false);
    expect((await restarted.customers.list({ email: "kept@example.com" })).data).toHaveLength(1);
    await second.stop();
  });
});
