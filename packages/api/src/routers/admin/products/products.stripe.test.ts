/**
 * The admin products router against the Stripe emulator and the real SDK: products and prices
 * made in Stripe and here, listed with their program and sales, archived (not sold any more,
 * still listed), field-level validation, and the audit log's before/after.
 */
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { StripeEmulator } from "@phasewise/billing/testing";
import { createStripeClient, setStripeClient } from "@phasewise/billing";
import { startStripeEmulator } from "@phasewise/billing/testing";
import { auditLog, prices, products } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { customerCaller } from "../../../testing/callers";
import { createAdmin, createProgram } from "../admin-test-helpers";

const db = useTestDb();
let emulator: StripeEmulator;
const stripe = () =>
  createStripeClient({
    secretKey: "sk_test_products",
    apiHost: emulator.url,
    maxNetworkRetries: 0,
  });

beforeAll(async () => {
  // An emulator of this file's own: the run's seeded catalog belongs to the billing tests.
  emulator = await startStripeEmulator();
  setStripeClient(stripe());
});
afterAll(async () => {
  // Memberships made here would otherwise be offered by the storefront tests that run next.
  const memberships = db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.kind, "membership"), isNull(products.lookupKey)));
  await db.update(prices).set({ active: false }).where(inArray(prices.productId, memberships));
  await db
    .update(products)
    .set({ active: false })
    .where(and(eq(products.kind, "membership"), isNull(products.lookupKey)));
  setStripeClient(undefined);
  await emulator.stop();
});

async function programProduct(caller: Awaited<ReturnType<typeof createAdmin>>["caller"]) {
  const program = await createProgram(db);
  const product = await caller.products.create({
    id: randomUUID(),
    kind: "program",
    programId: program.programId,
    name: `Lifetime ${program.document.title}`,
    description: "Every phase, for life.",
  });
  return { program, product };
}

function fieldsOf(error: unknown): string[] {
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const cause = error.cause as { issues?: { path: PropertyKey[] }[]; fieldErrors?: object };
  if (cause.issues) return cause.issues.map((issue) => issue.path.map(String).join("."));
  return Object.keys(cause.fieldErrors ?? {});
}

describe("creating products and prices", () => {
  it("creates a program product with a one-time price in Stripe and lists it", async () => {
    const { caller, user } = await createAdmin(db);
    const { program, product } = await programProduct(caller);
    expect(product).toMatchObject({ changed: true, active: true });
    const price = await caller.products.createPrice({
      id: randomUUID(),
      productId: product.id,
      type: "one_time",
      unitAmount: 5900,
      currency: "USD",
    });

    const list = await caller.products.list();
    const listed = list.products.find((row) => row.id === product.id);
    expect(listed).toMatchObject({
      kind: "program",
      active: true,
      program: { id: program.programId, title: program.document.title },
      prices: [
        {
          id: price.id,
          type: "one_time",
          interval: null,
          unitAmount: 5900,
          currency: "usd",
          active: true,
          paidPurchases: 0,
          liveSubscriptions: 0,
        },
      ],
    });
    const inStripe = await stripe().prices.retrieve(listed?.prices[0]?.stripePriceId ?? "");
    expect(inStripe).toMatchObject({ unit_amount: 5900, currency: "usd", recurring: null });
    expect((await stripe().products.retrieve(listed?.stripeProductId ?? "")).name).toBe(
      listed?.name,
    );

    const audit = await db.select().from(auditLog).where(eq(auditLog.actorId, user.id));
    expect(audit.map((entry) => [entry.action, entry.targetId])).toEqual(
      expect.arrayContaining([
        ["product.create", product.id],
        ["price.create", price.id],
      ]),
    );
    expect(audit.find((entry) => entry.action === "price.create")).toMatchObject({
      before: null,
      after: { unitAmount: 5900, type: "one_time", active: true },
    });
  });

  it("creates a membership with a monthly price and a free trial", async () => {
    const { caller } = await createAdmin(db);
    const product = await caller.products.create({
      id: randomUUID(),
      kind: "membership",
      name: "Studio membership",
    });
    const price = await caller.products.createPrice({
      id: randomUUID(),
      productId: product.id,
      type: "recurring",
      interval: "month",
      unitAmount: 2900,
      trialDays: 14,
    });
    const [row] = await db.select().from(prices).where(eq(prices.id, price.id));
    expect(row).toMatchObject({ interval: "month", trialDays: 14, unitAmount: 2900 });
    expect(await stripe().prices.retrieve(row?.stripePriceId ?? "")).toMatchObject({
      unit_amount: 2900,
      recurring: { interval: "month" },
    });
  });

  it("names the field at fault when the input is wrong", async () => {
    const { caller } = await createAdmin(db);
    const productId = randomUUID();
    const base = { id: randomUUID(), productId };
    const cases: [unknown, string[]][] = [
      [{ ...base, type: "one_time", unitAmount: 0 }, ["unitAmount"]],
      [{ ...base, type: "one_time", unitAmount: 99.5 }, ["unitAmount"]],
      [{ ...base, type: "one_time", unitAmount: 100_000_000 }, ["unitAmount"]],
      [{ ...base, type: "one_time", unitAmount: 900, currency: "dollars" }, ["currency"]],
      // One store currency: a yen price typed as 1000 would otherwise charge ¥100,000.
      [{ ...base, type: "one_time", unitAmount: 1000, currency: "jpy" }, ["currency"]],
      [{ ...base, type: "recurring", unitAmount: 900 }, ["interval"]],
      [{ ...base, type: "one_time", unitAmount: 900, interval: "month" }, ["interval"]],
      [{ ...base, type: "one_time", unitAmount: 900, trialDays: 7 }, ["trialDays"]],
      [
        { ...base, type: "recurring", interval: "year", unitAmount: 900, trialDays: 731 },
        ["trialDays"],
      ],
    ];
    for (const [input, fields] of cases) {
      const error = await caller.products.createPrice(input as never).catch((e: unknown) => e);
      expect(fieldsOf(error), JSON.stringify(input)).toEqual(fields);
    }
    const noProgram = await caller.products
      .create({ id: randomUUID(), kind: "program", name: "Orphan" })
      .catch((e: unknown) => e);
    expect(fieldsOf(noProgram)).toEqual(["programId"]);
    const missingProgram = await caller.products
      .create({ id: randomUUID(), kind: "program", programId: randomUUID(), name: "Ghost" })
      .catch((e: unknown) => e);
    expect(missingProgram).toMatchObject({ code: "NOT_FOUND" });
    expect(fieldsOf(missingProgram)).toEqual(["programId"]);
  });

  it("sells a program once and the membership by subscription, one product per program", async () => {
    const { caller } = await createAdmin(db);
    const { program, product } = await programProduct(caller);
    const monthly = await caller.products
      .createPrice({
        id: randomUUID(),
        productId: product.id,
        type: "recurring",
        interval: "month",
        unitAmount: 900,
      })
      .catch((e: unknown) => e);
    expect(monthly).toMatchObject({ code: "BAD_REQUEST" });
    expect(fieldsOf(monthly)).toEqual(["type"]);

    const second = await caller.products
      .create({ id: randomUUID(), kind: "program", programId: program.programId, name: "Again" })
      .catch((e: unknown) => e);
    expect(second).toMatchObject({ code: "CONFLICT" });
    expect(fieldsOf(second)).toEqual(["programId"]);
  });
});

describe("archiving", () => {
  it("archives a price: inactive in Stripe and here, still listed, no longer sold", async () => {
    const { caller, user } = await createAdmin(db);
    const { program, product } = await programProduct(caller);
    const old = await caller.products.createPrice({
      id: randomUUID(),
      productId: product.id,
      type: "one_time",
      unitAmount: 6900,
    });
    // Changing a price: add the new one, archive the old.
    await caller.products.createPrice({
      id: randomUUID(),
      productId: product.id,
      type: "one_time",
      unitAmount: 4900,
    });
    expect(await caller.products.archivePrice({ priceId: old.id })).toMatchObject({
      active: false,
      changed: true,
    });

    const listed = (await caller.products.list()).products.find((row) => row.id === product.id);
    expect(listed?.prices.map((price) => [price.unitAmount, price.active])).toEqual([
      [4900, true],
      [6900, false],
    ]);
    const archived = listed?.prices.find((price) => price.id === old.id);
    expect((await stripe().prices.retrieve(archived?.stripePriceId ?? "")).active).toBe(false);

    const buyer = customerCaller(db, await createTestUser(db));
    await expect(buyer.billing.startCheckout({ priceId: old.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "That price is not on sale.",
    });
    const offers = await buyer.billing.offers({ programSlug: program.slug });
    expect(offers.lifetime?.amount).toBe(4900);

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "price.archive"), eq(auditLog.targetId, old.id)));
    expect(entry).toMatchObject({
      actorId: user.id,
      before: { active: true, unitAmount: 6900 },
      after: { active: false, unitAmount: 6900 },
    });
  });

  it("archives a product with its prices, renames products, and refuses unknown ids", async () => {
    const { caller } = await createAdmin(db);
    const { program, product } = await programProduct(caller);
    const price = await caller.products.createPrice({
      id: randomUUID(),
      productId: product.id,
      type: "one_time",
      unitAmount: 3900,
    });
    const renamed = await caller.products.update({
      productId: product.id,
      name: "Knee lab, for life",
      description: "",
    });
    expect(renamed).toMatchObject({ name: "Knee lab, for life", changed: true });

    expect(await caller.products.archive({ productId: product.id })).toMatchObject({
      active: false,
      changed: true,
    });
    const listed = (await caller.products.list()).products.find((row) => row.id === product.id);
    expect(listed).toMatchObject({ active: false, description: null, prices: [{ active: false }] });
    expect(await stripe().products.retrieve(listed?.stripeProductId ?? "")).toMatchObject({
      active: false,
      name: "Knee lab, for life",
    });
    const buyer = customerCaller(db, await createTestUser(db));
    await expect(buyer.billing.startCheckout({ priceId: price.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Archived, the program can get a new product.
    await expect(
      caller.products.create({
        id: randomUUID(),
        kind: "program",
        programId: program.programId,
        name: "Relaunch",
      }),
    ).resolves.toMatchObject({ changed: true });

    await expect(caller.products.archive({ productId: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.products.archivePrice({ priceId: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("reports a Stripe outage as a clear refusal, not a server error", async () => {
    const { caller } = await createAdmin(db);
    await emulator.control.failNextRequests(1, { path: "/v1/products", status: 503 });
    const failure = await caller.products
      .create({ id: randomUUID(), kind: "membership", name: "Outage club" })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((failure as Error).message).toMatch(/Stripe did not answer/);
  });
});
