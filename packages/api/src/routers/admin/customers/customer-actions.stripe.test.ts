/**
 * The customer page's actions that reach outside our database, against the real Stripe SDK and
 * the emulator: refunding a purchase (access ends, Stripe shows the refund, the audit log says
 * who and why) and emailing a storefront sign-in link; plus the pain trend the page draws.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { BillingTestStack } from "@phasewise/billing/testing";
import { setStripeClient } from "@phasewise/billing";
import { startBillingTestStack } from "@phasewise/billing/testing";
import { auditLog, purchases } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";
import { readEmailEnv, readOutbox } from "@phasewise/email";

import { loadProgramAccess } from "../../../access/load-entitlements";
import { buildLog } from "../../../testing/journey";
import { createAdmin, createProgram, enrolCustomer } from "../admin-test-helpers";

const db = useTestDb();
let stack: BillingTestStack;

beforeAll(async () => {
  stack = await startBillingTestStack({ db, databaseUrl: inject("databaseUrl") });
  setStripeClient(stack.stripe);
  await stack.startWorker();
});
afterAll(async () => {
  setStripeClient(undefined);
  await stack.stop();
});

async function buyLifetime() {
  const { id } = await stack.createCustomer();
  const session = await stack.buy(id, stack.prices.lifetime);
  await stack.settle();
  const [purchase] = await db.select().from(purchases).where(eq(purchases.userId, id));
  if (!purchase) throw new Error("the purchase did not sync");
  return { userId: id, purchase, paymentIntent: session.payment_intent as string };
}

describe("refunding a purchase", () => {
  it("refunds in Stripe, ends access, shows it refunded and audits who and why", async () => {
    const { user: admin, caller } = await createAdmin(db);
    const { userId, purchase, paymentIntent } = await buyLifetime();
    expect((await loadProgramAccess(db, userId, null)).entitlements).toHaveLength(1);

    const outcome = await caller.customers.refundPurchase({
      purchaseId: purchase.id,
      reason: "Knee surgery, cannot start",
    });
    expect(outcome).toMatchObject({ status: "refunded", amount: purchase.amount });

    const refunds = await stack.stripe.refunds.list({ payment_intent: paymentIntent });
    expect(refunds.data.map((refund) => refund.amount)).toEqual([purchase.amount]);
    expect((await loadProgramAccess(db, userId, null)).entitlements).toEqual([]);
    const page = await caller.customers.get({ userId });
    expect(page.purchases[0]).toMatchObject({ status: "refunded" });

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "customer.purchase.refund"), eq(auditLog.targetId, purchase.id)),
      );
    expect(entry).toMatchObject({
      actorId: admin.id,
      before: { status: "paid" },
      after: { status: "refunded", reason: "Knee surgery, cannot start" },
    });
  });

  it("refunds once when asked twice, and says why the second time", async () => {
    const { caller } = await createAdmin(db);
    const { purchase, paymentIntent } = await buyLifetime();
    const input = { purchaseId: purchase.id, reason: "Duplicate order" };
    await caller.customers.refundPurchase(input);
    await expect(caller.customers.refundPurchase(input)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Only a paid purchase can be refunded; this one is refunded.",
    });
    const refunds = await stack.stripe.refunds.list({ payment_intent: paymentIntent });
    expect(refunds.data).toHaveLength(1);
  });

  it("names the field when the reason is missing, and 404s an unknown purchase", async () => {
    const { caller } = await createAdmin(db);
    await expect(
      caller.customers.refundPurchase({ purchaseId: crypto.randomUUID(), reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.customers.refundPurchase({ purchaseId: crypto.randomUUID(), reason: "Asked to" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("sending a sign-in link", () => {
  it("emails the customer a storefront link and audits it", async () => {
    const { user: admin, caller } = await createAdmin(db);
    const customer = await createTestUser(db);
    const sent = await caller.customers.sendSignInLink({ userId: customer.id });
    expect(sent.email).toBe(customer.email);
    expect(sent.expires.getTime()).toBeGreaterThan(Date.now() + 23 * 60 * 60 * 1000);

    const [message] = await readOutbox(readEmailEnv().EMAIL_OUTBOX_DIR, { to: customer.email });
    expect(message?.subject).toBe("Sign in to Phasewise");
    expect(message?.text).toContain("http://localhost:3000/api/auth/callback/nodemailer?");
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "customer.sign-in-link.send"), eq(auditLog.targetId, customer.id)),
      );
    expect(entry).toMatchObject({ actorId: admin.id, after: { email: customer.email } });
  });

  it("refuses an unknown customer", async () => {
    const { caller } = await createAdmin(db);
    await expect(
      caller.customers.sendSignInLink({ userId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("pain trend", () => {
  it("lists the customer's logged pain oldest first", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const customer = await enrolCustomer(db, program);
    const before = await caller.customers.get({ userId: customer.user.id });
    expect(before.painTrend).toEqual([]);

    const day = 24 * 60 * 60 * 1000;
    for (const [daysAgo, pain] of [
      [2, 5],
      [1, 3],
    ] as const) {
      const plan = await customer.caller.progress.sessionPlan({ programSlug: program.slug });
      const endedAt = Date.now() - daysAgo * day;
      await customer.caller.progress.completeSession({
        programSlug: program.slug,
        log: buildLog(plan, {
          painBefore: pain,
          startedAt: new Date(endedAt - 15 * 60_000).toISOString(),
          endedAt: new Date(endedAt).toISOString(),
        }),
      });
    }
    const after = await caller.customers.get({ userId: customer.user.id });
    expect(after.painTrend.map((point) => point.painBefore)).toEqual([5, 3]);
  });
});
