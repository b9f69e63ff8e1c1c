import { describe, expect, it } from "vitest";

import { createTestUser, useTestDb } from "@phasewise/db/testing";

import { createAdmin, createProgram, loadEditableDraft } from "../admin-test-helpers";

const db = useTestDb();

describe("admin.audit.list", () => {
  it("shows each admin action newest first, with who, the named target and before/after", async () => {
    const { user, caller } = await createAdmin(db, "Audrey Auditor");
    const program = await createProgram(db);
    const customer = await createTestUser(db);
    const copy = await loadEditableDraft(caller, program.programId);
    copy.draft.summary = "Audited summary.";
    await caller.programs.saveDraft({ programId: program.programId, ...copy });
    await caller.users.setRole({ userId: customer.id, role: "admin" });

    const mine = await caller.audit.list({ actorId: user.id });
    expect(mine.total).toBe(2);
    expect(mine.items).toMatchObject([
      {
        action: "user.role.set",
        actor: { id: user.id, name: "Audrey Auditor" },
        targetType: "user",
        targetId: customer.id,
        targetLabel: customer.email,
        before: { role: "customer" },
        after: { role: "admin" },
      },
      {
        action: "program.draft.save",
        targetType: "program",
        targetId: program.programId,
        targetLabel: program.document.title,
        before: { revision: 1 },
        after: { revision: 2 },
      },
    ]);
    expect(mine.actions).toEqual(expect.arrayContaining(["program.draft.save", "user.role.set"]));

    const saves = await caller.audit.list({
      action: "program.draft.save",
      targetId: program.programId,
    });
    expect(saves.items.map((item) => item.action)).toEqual(["program.draft.save"]);
    const paged = await caller.audit.list({ actorId: user.id, page: 2, pageSize: 1 });
    expect(paged.items.map((item) => item.action)).toEqual(["program.draft.save"]);
  });

  it("rejects bad filters", async () => {
    const { caller } = await createAdmin(db);
    for (const input of [
      { actorId: "nope" },
      { page: 0 },
      { pageSize: 101 },
      { action: "x".repeat(101) },
    ]) {
      await expect(caller.audit.list(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });
});
