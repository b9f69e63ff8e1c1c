import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditLog, sessionLogs } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { adminCaller } from "../../../testing/callers";
import { createAdmin, createProgram, enrolCustomer } from "../admin-test-helpers";

const db = useTestDb();

describe("admin.customers", () => {
  it("allows only admins: anonymous → UNAUTHORIZED, customer → FORBIDDEN", async () => {
    const customer = await createTestUser(db);
    await expect(adminCaller(db, null).customers.search({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      adminCaller(db, customer).customers.get({ userId: customer.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      adminCaller(db, customer).customers.grantAccess({
        userId: customer.id,
        programId: null,
        reason: "Let me in",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("finds customers by part of their email or name, treating % literally", async () => {
    const { caller } = await createAdmin(db);
    const byName = await createTestUser(db, { name: "Ottoline Wombat" });
    const byEmail = await createTestUser(db);
    const named = await caller.customers.search({ query: "wombat" });
    expect(named.items.map((user) => user.id)).toEqual([byName.id]);
    expect(named.total).toBe(1);
    const emailed = await caller.customers.search({ query: byEmail.email.toUpperCase() });
    expect(emailed.items.map((user) => user.id)).toEqual([byEmail.id]);
    expect((await caller.customers.search({ query: "%" })).items).toEqual([]);
    const paged = await caller.customers.search({ page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);
  });

  it("shows an admin grant as access with reason admin-grant, and none after revoking", async () => {
    const { user: admin, caller } = await createAdmin(db);
    const program = await createProgram(db);
    const customer = await createTestUser(db);
    const until = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);

    const empty = await caller.customers.get({ userId: customer.id });
    expect(empty.profile.email).toBe(customer.email);
    expect(empty.access).toEqual([]);

    const grant = await caller.customers.grantAccess({
      userId: customer.id,
      programId: program.programId,
      reason: "Goodwill after an outage",
      expiresAt: until,
    });
    const granted = await caller.customers.get({ userId: customer.id });
    expect(granted.access).toEqual([
      expect.objectContaining({
        programId: program.programId,
        reason: "admin-grant",
        until,
        sourceId: grant.id,
      }),
    ]);
    expect(granted.grants[0]).toMatchObject({
      id: grant.id,
      state: "active",
      grantedBy: admin.id,
      grantedByEmail: admin.email,
    });

    await caller.customers.revokeAccess({ grantId: grant.id, reason: "Granted by mistake" });
    const revoked = await caller.customers.get({ userId: customer.id });
    expect(revoked.access).toEqual([]);
    expect(revoked.grants).toEqual([
      expect.objectContaining({
        id: grant.id,
        state: "revoked",
        revokedBy: admin.id,
        revokeReason: "Granted by mistake",
      }),
    ]);
    expect(revoked.grants[0]?.revokedAt).toBeInstanceOf(Date);
    await expect(
      caller.customers.revokeAccess({ grantId: grant.id, reason: "Again" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("writes grant and revoke to the audit log with before and after", async () => {
    const { user: admin, caller } = await createAdmin(db);
    const customer = await createTestUser(db);
    const grant = await caller.customers.grantAccess({
      userId: customer.id,
      programId: null,
      reason: "Partner account",
    });
    await caller.customers.revokeAccess({ grantId: grant.id, reason: "Partnership ended" });
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, grant.id));
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      "customer.access.grant",
      "customer.access.revoke",
    ]);
    const granted = entries.find((entry) => entry.action === "customer.access.grant");
    const revoked = entries.find((entry) => entry.action === "customer.access.revoke");
    expect(granted).toMatchObject({
      actorId: admin.id,
      targetType: "access_grant",
      before: null,
      after: { userId: customer.id, programId: null, reason: "Partner account" },
    });
    expect(revoked).toMatchObject({
      actorId: admin.id,
      before: { revokedAt: null },
      after: { revokedBy: admin.id, revokeReason: "Partnership ended" },
    });
  });

  it("shows enrolments with phase and version, and the customer's billing sections", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const { user } = await enrolCustomer(db, program);
    const detail = await caller.customers.get({ userId: user.id });
    expect(detail.enrollments).toEqual([
      expect.objectContaining({
        programId: program.programId,
        programTitle: program.document.title,
        version: 1,
      }),
    ]);
    expect(detail.enrollments[0]?.currentPhaseKey).toBeTruthy();
    expect(detail.purchases).toEqual([]);
    expect(detail.subscriptions).toEqual([]);
    expect(detail.sessions.length).toBeLessThanOrEqual(10);
  });

  it("lists only the last 10 sessions, newest first, with pain before, during and after", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const { user, enrollmentId } = await enrolCustomer(db, program);
    const base = Date.UTC(2026, 0, 1);
    await db.insert(sessionLogs).values(
      Array.from({ length: 12 }, (_, index) => ({
        clientId: crypto.randomUUID(),
        userId: user.id,
        enrollmentId,
        phaseKey: "phase-1",
        sessionKey: `session-${index}`,
        completed: true,
        entries: [],
        painBefore: index % 11,
        painDuring: 1,
        painAfter: 2,
        difficulty: 3,
        startedAt: new Date(base + index * 60_000),
        endedAt: new Date(base + index * 60_000 + 30_000),
      })),
    );
    const { sessions } = await caller.customers.get({ userId: user.id });
    expect(sessions.map((session) => session.sessionKey)).toEqual(
      Array.from({ length: 10 }, (_, index) => `session-${11 - index}`),
    );
    expect(sessions[0]).toMatchObject({ painBefore: 0, painDuring: 1, painAfter: 2 });
  });

  it("rejects bad input per field and writes nothing", async () => {
    const { caller } = await createAdmin(db);
    const customer = await createTestUser(db);
    const bad = [
      { userId: "not-a-uuid", programId: null, reason: "Valid reason" },
      { userId: customer.id, programId: "nope", reason: "Valid reason" },
      { userId: customer.id, programId: null, reason: "no" },
      { userId: customer.id, programId: null, reason: "x".repeat(301) },
      { userId: customer.id, programId: null, reason: "Valid", expiresAt: new Date(0) },
    ];
    for (const input of bad) {
      await expect(caller.customers.grantAccess(input)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await expect(
      caller.customers.grantAccess({
        userId: customer.id,
        programId: null,
        reason: "no",
      }),
    ).rejects.toThrow(/at least 3 characters/);
    await expect(
      caller.customers.revokeAccess({ grantId: "nope", reason: "Valid reason" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.customers.revokeAccess({ grantId: crypto.randomUUID(), reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.customers.revokeAccess({ grantId: crypto.randomUUID(), reason: "Valid reason" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.customers.grantAccess({
        userId: crypto.randomUUID(),
        programId: null,
        reason: "Valid reason",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.customers.get({ userId: crypto.randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await caller.customers.get({ userId: customer.id })).grants).toEqual([]);
  });
});
