import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { accessGrants, auditLog, enrollments, prices, products } from "@phasewise/db/schema";
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
    expect(restored).toEqual({ archived: null, enrolled: 1 });
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

  it("takes the program off the storefront for newcomers, and brings it back", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const newcomer = await newcomerWithAccess(program.programId);
    const slugs = async (viewer: ReturnType<typeof customerCaller>) =>
      (await viewer.programs.list()).map((item) => item.slug);
    expect(await slugs(customerCaller(db, null))).toContain(program.slug);

    await caller.programs.archive({ programId: program.programId });
    expect(await slugs(customerCaller(db, null))).not.toContain(program.slug);
    expect(await slugs(newcomer.caller)).not.toContain(program.slug);
    for (const viewer of [customerCaller(db, null), newcomer.caller]) {
      await expect(viewer.programs.get({ slug: program.slug })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: "That program is no longer available.",
      });
    }
    await expect(
      newcomer.caller.enrollment.setup({ programSlug: program.slug }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      newcomer.caller.enrollment.start({
        programSlug: program.slug,
        answers: allNoAnswers(),
        baseline: baselineInput(),
      }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message:
        "This program is no longer available to start. Customers who already started it keep going.",
    });
    expect(
      await db.select().from(enrollments).where(eq(enrollments.userId, newcomer.user.id)),
    ).toEqual([]);

    await caller.programs.unarchive({ programId: program.programId });
    expect(await slugs(customerCaller(db, null))).toContain(program.slug);
    const started = await newcomer.caller.enrollment.start({
      programSlug: program.slug,
      answers: allNoAnswers(),
      baseline: baselineInput(),
    });
    expect(started.alreadyEnrolled).toBe(false);
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
