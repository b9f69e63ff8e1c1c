import { describe, expect, it } from "vitest";

import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { customerCaller } from "../../testing/callers";

const db = useTestDb();

describe("me", () => {
  it("refuses anonymous visitors with UNAUTHORIZED", async () => {
    await expect(customerCaller(db, null).me.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("returns the signed-in customer's own profile", async () => {
    const user = await createTestUser(db, { name: "Casey" });
    const me = await customerCaller(db, user).me.get();
    expect(me).toMatchObject({ id: user.id, email: user.email, name: "Casey", role: "customer" });
  });

  it("updates only the caller's own name", async () => {
    const [alice, bob] = [await createTestUser(db), await createTestUser(db, { name: "Bob" })];
    await customerCaller(db, alice).me.updateProfile({ name: "  Alice Liddell " });
    expect((await customerCaller(db, alice).me.get()).name).toBe("Alice Liddell");
    expect((await customerCaller(db, bob).me.get()).name).toBe("Bob");
  });

  it("rejects an empty name with BAD_REQUEST and writes nothing", async () => {
    const user = await createTestUser(db, { name: "Kept" });
    await expect(customerCaller(db, user).me.updateProfile({ name: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await customerCaller(db, user).me.get()).name).toBe("Kept");
  });
});
