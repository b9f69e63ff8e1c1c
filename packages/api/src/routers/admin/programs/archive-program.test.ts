import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  accessGrants,
  auditLog,
  enrollments,
  prices,
  products,
  purchases,
  subscriptions,
} from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { customerCaller } from "../../../testing/callers";
import { allNoAnswers, baselineInput, buildLog } from "../../../testing/journey";
import { createAdmin, createProgram, enrolCustomer } from "../admin-test-helpers";

const db = useTestDb();

function auditFor(programId: string, action: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, programId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.at));
}

/** A customer who may open the program (an admin grant) but never started it. */
async function newcomerWithAccess(programId: string) {
  const user = await createTestUser(db);
  await db.insert(accessGrants).values({ userId: user.id, programId, reason: "test" });
  return { user, caller: customerCaller(db, user) };
}

/** The program's own lifetime price, as if pushed to Stripe. */
async function lifetimePriceOf(program: { programId: string; slug: string }) {
  const [product] = await db
    .insert(products)
    .values({ kind: "program", programId: program.programId, name: `Lifetime ${program.slug}` })
    .returning({ id: products.id });
  if (!product) throw new Error("fixture");
  const [price] = await db
    .insert(prices)
    .values({
      productId: product.id,
      type: "one_time",
      unitAmount: 4900,
      stripePriceId: `price_${randomUUID().replaceAll("-", "")}`,
    })
    .returning({ id: prices.id });
  if (!price) throw new Error("fixture");
  return price.id;
}

describe("admin.programs.archive and unarchive", () => {
  it("archives with an audit entry, shows it badged and filtered, and unarchives", async () => {
    const { user, caller } = await createAdmin(db, "Archie Admin");
    const program = await createProgram(db);
    await enrolCustomer(db, program);

    const archived = await caller.programs.archive({ programId: program.programId });
    expect(archived).toMatchObject({
      archived: { by: { id: user.id, name: "Archie Admin" } },
      enrolled: 1,
    });
    expect(archived.archived?.at).toBeInstanceOf(Date);
    const [entry] = await auditFor(program.programId, "program.archive");
    expect(entry).toMatchObject({
      actorId: user.id,
      targetType: "program",
      before: { archivedAt: null },
      after: { enrolled: 1 },
    });
    expect(typeof (entry?.after as { archivedAt: unknown }).archivedAt).toBe("string");

    // Admins still see and edit it.
    const got = await caller.programs.get({ programId: program.programId });
    expect(got).toMatchObject({ archived: { by: { id: user.id } }, enrolled: 1 });
    const listed = await caller.programs.list();
    expect(listed.find((item) => item.id === program.programId)?.archived).not.toBeNull();
    const ids = async (show: "active" | "archived") =>
      (await caller.programs.list({ show })).map((item) => item.id);
    expect(await ids("archived")).toContain(program.programId);
    expect(await ids("active")).not.toContain(program.programId);

    const twice = caller.programs.archive({ programId: program.programId });
    await expect(twice).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(twice).rejects.toThrow(
      /is already archived \(since \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\.$/,
    );

    const restored = await caller.programs.unarchive({ programId: program.programId });
    expect(restored).toMatchObject({ archived: null, enrolled: 1 });
    const [unarchive] = await auditFor(program.programId, "program.unarchive");
    expect(unarchive).toMatchObject({
      actorId: user.id,
      before: { archivedBy: user.id },
      after: { archivedAt: null },
    });
    expect(await ids("active")).toContain(program.programId);
    await expect(caller.programs.unarchive({ programId: program.programId })).rejects.toMatchObject(
      { code: "CONFLICT", message: `“${program.document.title}” is not archived.` },
    );
    await expect(caller.programs.archive({ programId: randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("takes the program off the storefront for people without access, and brings it back", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const visitor = await createTestUser(db);
    const visitorCaller = customerCaller(db, visitor);
    const slugs = async (viewer: ReturnType<typeof customerCaller>) =>
      (await viewer.programs.list()).map((item) => item.slug);
    expect(await slugs(customerCaller(db, null))).toContain(program.slug);

    await caller.programs.archive({ programId: program.programId });
    expect(await slugs(customerCaller(db, null))).not.toContain(program.slug);
    expect(await slugs(visitorCaller)).not.toContain(program.slug);
    for (const viewer of [customerCaller(db, null), visitorCaller]) {
      await expect(viewer.programs.get({ slug: program.slug })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "That program is no longer available.",
      });
    }
    await expect(
      visitorCaller.enrollment.setup({ programSlug: program.slug }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      visitorCaller.enrollment.start({
        programSlug: program.slug,
        answers: allNoAnswers(),
        baseline: baselineInput(),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.select().from(enrollments).where(eq(enrollments.userId, visitor.id))).toEqual(
      [],
    );

    await caller.programs.unarchive({ programId: program.programId });
    expect(await slugs(customerCaller(db, null))).toContain(program.slug);
    expect(await slugs(visitorCaller)).toContain(program.slug);
  });

  it("lets customers with access who have not started yet find, open and start it", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    await enrolCustomer(db, program);
    const granted = await newcomerWithAccess(program.programId);

    const archived = await caller.programs.archive({ programId: program.programId });
    expect(archived.enrolled).toBe(1);
    expect(archived.notStarted).toBeGreaterThanOrEqual(1);

    const mine = (await granted.caller.programs.list()).find((item) => item.slug === program.slug);
    expect(mine).toMatchObject({ archived: true });
    expect(await granted.caller.programs.get({ slug: program.slug })).toMatchObject({
      archived: true,
      viewer: { signedIn: true, hasAccess: true, enrolled: false },
    });
    expect(await granted.caller.enrollment.setup({ programSlug: program.slug })).toMatchObject({
      enrolled: false,
    });
    const started = await granted.caller.enrollment.start({
      programSlug: program.slug,
      answers: allNoAnswers(),
      baseline: baselineInput(),
    });
    expect(started.alreadyEnrolled).toBe(false);
    expect(await caller.programs.get({ programId: program.programId })).toMatchObject({
      enrolled: 2,
    });
  });

  it("counts customers with access who have not started, in the list and the editor", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    // Memberships and all-program grants made by other test files count for every program: the
    // control program, read in the same query, carries exactly those.
    const control = await createProgram(db);
    await enrolCustomer(db, program);
    await newcomerWithAccess(program.programId);
    const buyer = await createTestUser(db);
    const [product] = await db
      .insert(products)
      .values({ kind: "program", programId: program.programId, name: `Lifetime ${program.slug}` })
      .returning({ id: products.id });
    if (!product) throw new Error("fixture");
    await db.insert(purchases).values({
      userId: buyer.id,
      productId: product.id,
      programId: program.programId,
      status: "paid",
      amount: 4900,
      currency: "usd",
      purchasedAt: new Date(),
    });
    const revoked = await createTestUser(db);
    await db.insert(accessGrants).values({
      userId: revoked.id,
      programId: program.programId,
      reason: "test",
      revokedAt: new Date(Date.now() - 1000),
    });

    const listed = await caller.programs.list();
    const row = listed.find((item) => item.id === program.programId);
    const controlRow = listed.find((item) => item.id === control.programId);
    expect(row?.enrolled).toBe(1);
    expect((row?.notStarted ?? 0) - (controlRow?.notStarted ?? 0)).toBe(2);
    const got = await caller.programs.get({ programId: program.programId });
    expect(got.notStarted).toBeGreaterThanOrEqual(2);
  });

  it("keeps an archived program for members, not for lapsed ones", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const member = await createTestUser(db);
    const lapsed = await createTestUser(db);
    const day = 86_400_000;
    await db.insert(subscriptions).values([
      {
        userId: member.id,
        stripeSubscriptionId: `sub_${randomUUID()}`,
        stripeCustomerId: `cus_${randomUUID()}`,
        status: "active",
        currentPeriodEnd: new Date(Date.now() + 20 * day),
      },
      {
        userId: lapsed.id,
        stripeSubscriptionId: `sub_${randomUUID()}`,
        stripeCustomerId: `cus_${randomUUID()}`,
        status: "canceled",
        currentPeriodEnd: new Date(Date.now() - 20 * day),
      },
    ]);
    await caller.programs.archive({ programId: program.programId });
    const slugs = async (user: typeof member) =>
      (await customerCaller(db, user).programs.list()).map((item) => item.slug);
    expect(await slugs(member)).toContain(program.slug);
    expect(await slugs(lapsed)).not.toContain(program.slug);
    await expect(
      customerCaller(db, lapsed).programs.get({ slug: program.slug }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets enrolled customers keep going: catalog, program page, dashboard, sessions", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const enrolled = await enrolCustomer(db, program);
    await caller.programs.archive({ programId: program.programId });

    const mine = (await enrolled.caller.programs.list()).find((item) => item.slug === program.slug);
    expect(mine).toMatchObject({ archived: true });
    expect(await enrolled.caller.programs.get({ slug: program.slug })).toMatchObject({
      archived: true,
      viewer: { signedIn: true, hasAccess: true, enrolled: true },
    });
    expect(await enrolled.caller.enrollment.setup({ programSlug: program.slug })).toMatchObject({
      enrolled: true,
    });
    const again = await enrolled.caller.enrollment.start({
      programSlug: program.slug,
      answers: allNoAnswers(),
      baseline: baselineInput(),
    });
    expect(again).toMatchObject({ enrollmentId: enrolled.enrollmentId, alreadyEnrolled: true });

    const dashboard = await enrolled.caller.progress.dashboard({ programSlug: program.slug });
    expect(dashboard).toMatchObject({ enrolled: true });
    const plan = await enrolled.caller.progress.sessionPlan({ programSlug: program.slug });
    const logged = await enrolled.caller.progress.completeSession({
      programSlug: program.slug,
      log: buildLog(plan),
    });
    expect(logged.alreadyRecorded).toBe(false);
  });

  it("refuses to sell an archived program: no offers, checkout refused with a reason", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const priceId = await lifetimePriceOf(program);
    const buyer = await createTestUser(db);
    await caller.programs.archive({ programId: program.programId });

    expect(
      await customerCaller(db, buyer).billing.offers({ programSlug: program.slug }),
    ).toMatchObject({ available: false, lifetime: null, membership: [] });
    await expect(
      customerCaller(db, buyer).billing.startCheckout({ priceId }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: `“${program.document.title}” is no longer available to buy.`,
    });
  });
});
