import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { SYNC_QUEUE } from "@phasewise/billing";
import { getBillingQueue } from "@phasewise/billing/worker";
import { auditLog } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { adminCaller } from "../../../testing/callers";

const db = useTestDb();

describe("admin.billing dead letters", () => {
  it("shows syncs that failed every retry and sends them back, with an audit entry", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const boss = await getBillingQueue();
    const customerId = `cus_dead_${Date.now()}`;
    // A sync that fails with no retries left lands in the dead-letter queue, as in production.
    // Top priority, so the fetch below takes this job, not one another test file left queued.
    await boss.send(
      SYNC_QUEUE,
      { stripeCustomerId: customerId, eventId: "evt_test" },
      { retryLimit: 0, priority: 100 },
    );
    const [job] = await boss.fetch<{ stripeCustomerId: string }>(SYNC_QUEUE);
    if (job?.data.stripeCustomerId !== customerId) throw new Error("fetched another sync job");
    await boss.fail(SYNC_QUEUE, job.id, { message: "Stripe answered 500" });

    const caller = adminCaller(db, admin);
    const letters = await caller.billing.deadLetters();
    expect(letters.find((letter) => letter.stripeCustomerId === customerId)).toMatchObject({
      error: "Stripe answered 500",
    });

    const id = letters.find((letter) => letter.stripeCustomerId === customerId)?.id;
    if (!id) throw new Error("dead letter not listed");
    expect(await caller.billing.redrive({ ids: [id] })).toEqual({ redriven: 1 });
    expect((await caller.billing.deadLetters()).map((letter) => letter.id)).not.toContain(id);
    const entries = await db.select().from(auditLog).where(eq(auditLog.actorId, admin.id));
    expect(entries.map((entry) => entry.action)).toEqual(["billing.dead-letters.redrive"]);
  });

  it("rejects ids that are not job ids", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    await expect(adminCaller(db, admin).billing.redrive({ ids: ["nope"] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
