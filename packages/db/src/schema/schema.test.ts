import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { createTestUser, useTestDb } from "../testing";
import { setUserRole } from "../users/set-user-role";
import { sessionLogs, users } from "./index";

const db = useTestDb();

describe("schema on the test engine", () => {
  it("gives new users the customer role and refuses a duplicate email", async () => {
    const user = await createTestUser(db);
    expect(user.role).toBe("customer");
    await expect(db.insert(users).values({ email: user.email })).rejects.toThrow();
  });

  it("promotes a user to admin by email, creating the user if needed", async () => {
    const promoted = await setUserRole(db, "  New.Admin@Example.COM ", "admin");
    expect(promoted).toMatchObject({ email: "new.admin@example.com", role: "admin" });
    const demoted = await setUserRole(db, "new.admin@example.com", "customer");
    expect(demoted.id).toBe(promoted.id);
    expect(demoted.role).toBe("customer");
  });

  it("rolls back every write of a failed transaction", async () => {
    const email = `rollback-${Date.now()}@test.local`;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(users).values({ email });
        await tx.insert(users).values({ email });
      }),
    ).rejects.toThrow();
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("rejects a session log whose user does not exist", async () => {
    await expect(
      db.insert(sessionLogs).values({
        clientId: crypto.randomUUID(),
        userId: crypto.randomUUID(),
        enrollmentId: crypto.randomUUID(),
        phaseKey: "p",
        sessionKey: "s",
        completed: true,
        entries: [],
        painBefore: 0,
        painDuring: 0,
        painAfter: 0,
        difficulty: 1,
        startedAt: new Date(),
        endedAt: new Date(),
      }),
    ).rejects.toThrow();
  });
});
