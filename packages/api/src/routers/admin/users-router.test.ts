import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditLog } from "@phasewise/db/schema";
import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { adminCaller } from "../../testing/callers";

const db = useTestDb();

describe("admin.users", () => {
  it("allows only admins: anonymous → UNAUTHORIZED, customer → FORBIDDEN", async () => {
    const customer = await createTestUser(db);
    await expect(adminCaller(db, null).users.list({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(adminCaller(db, customer).users.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      adminCaller(db, customer).users.setRole({ userId: customer.id, role: "admin" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("finds users by part of their email or name, treating % literally", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const target = await createTestUser(db, { name: "Zebediah Quokka" });
    const found = await adminCaller(db, admin).users.list({ query: "quokka" });
    expect(found.items.map((user) => user.id)).toEqual([target.id]);
    expect(found.total).toBe(1);
    const none = await adminCaller(db, admin).users.list({ query: "%" });
    expect(none.items).toEqual([]);
  });

  it("changes a role and writes who did it, before and after, to the audit log", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const target = await createTestUser(db);
    const updated = await adminCaller(db, admin).users.setRole({
      userId: target.id,
      role: "admin",
    });
    expect(updated.role).toBe("admin");
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      action: "user.role.set",
      before: { role: "customer" },
      after: { role: "admin" },
    });
  });

  it("rejects bad input per field", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const caller = adminCaller(db, admin);
    await expect(caller.users.list({ pageSize: 1000 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.users.setRole({ userId: "not-a-uuid", role: "admin" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      caller.users.setRole({ userId: admin.id, role: "customer" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "You cannot remove your own admin role.",
    });
  });

  it("answers NOT_FOUND for an unknown user and writes no audit entry", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const ghost = crypto.randomUUID();
    await expect(
      adminCaller(db, admin).users.setRole({ userId: ghost, role: "admin" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.select().from(auditLog).where(eq(auditLog.targetId, ghost))).toEqual([]);
  });
});
