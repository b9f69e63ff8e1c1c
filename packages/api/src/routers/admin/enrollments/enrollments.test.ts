import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditLog, enrollments, sessionLogs } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import {
  createAdmin,
  createProgram,
  enrolCustomer,
  loadEditableDraft,
} from "../admin-test-helpers";

const db = useTestDb();

/** Publishes the draft after `edit`, returning the new version number. */
async function publishEdit(
  caller: Awaited<ReturnType<typeof createAdmin>>["caller"],
  programId: string,
  edit: (draft: Awaited<ReturnType<typeof loadEditableDraft>>["draft"]) => void,
) {
  const copy = await loadEditableDraft(caller, programId);
  edit(copy.draft);
  const saved = await caller.programs.saveDraft({ programId, ...copy });
  const published = await caller.programs.publish({
    programId,
    revision: saved.revision,
    changelog: "Edited",
  });
  return published.version;
}

describe("admin.enrollments", () => {
  it("keeps a customer on version 1 after publishing until an admin moves them", async () => {
    const { user: admin, caller } = await createAdmin(db);
    const program = await createProgram(db);
    const customer = await enrolCustomer(db, program);
    const dashboard = () => customer.caller.progress.dashboard({ programSlug: program.slug });

    const version = await publishEdit(caller, program.programId, (draft) => {
      const session = draft.sessions[0];
      if (session) session.title = "Range, renamed in v2";
    });
    expect(version).toBe(2);
    expect(await dashboard()).toMatchObject({ program: { version: 1 } });
    expect(
      (await caller.programs.list()).find((item) => item.id === program.programId),
    ).toMatchObject({ enrolled: 1, onOlderVersions: 1 });

    const plan = await caller.enrollments.migrationPlan({
      programId: program.programId,
      toVersion: 2,
    });
    expect(plan).toMatchObject({
      to: { version: 2, changelog: "Edited" },
      total: 1,
      movable: 1,
      blocked: 0,
      groups: [{ fromVersion: 1, phaseKey: "restore", count: 1, ok: true }],
      enrollments: [
        { id: customer.enrollmentId, user: { id: customer.user.id }, fromVersion: 1, ok: true },
      ],
    });

    const moved = await caller.enrollments.migrate({
      programId: program.programId,
      toVersion: 2,
      enrollmentIds: [customer.enrollmentId],
    });
    expect(moved).toEqual({
      toVersion: 2,
      moved: [{ id: customer.enrollmentId, fromVersion: 1, notes: [] }],
      notMoved: [],
    });
    expect(await dashboard()).toMatchObject({
      program: { version: 2 },
      nextSession: { title: "Range, renamed in v2" },
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.targetId, customer.enrollmentId),
          eq(auditLog.action, "enrollment.migrate"),
        ),
      );
    expect(entry).toMatchObject({
      actorId: admin.id,
      before: { version: 1 },
      after: { version: 2, currentPhaseKey: "restore" },
    });
    const again = await caller.enrollments.migrate({
      programId: program.programId,
      toVersion: 2,
      enrollmentIds: [customer.enrollmentId],
    });
    expect(again.notMoved).toEqual([
      { id: customer.enrollmentId, reason: "already-there", message: "Already on version 2" },
    ]);
  });

  it("says which enrolments cannot move and why, and leaves them where they are", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const inRestore = await enrolCustomer(db, program);
    const inStrengthen = await enrolCustomer(db, program);
    await db
      .update(enrollments)
      .set({ currentPhaseKey: "strengthen" })
      .where(eq(enrollments.id, inStrengthen.enrollmentId));
    await db.insert(sessionLogs).values({
      clientId: crypto.randomUUID(),
      userId: inRestore.user.id,
      enrollmentId: inRestore.enrollmentId,
      phaseKey: "restore",
      sessionKey: "restore-b",
      completed: true,
      entries: [],
      painBefore: 1,
      painDuring: 1,
      painAfter: 1,
      difficulty: 3,
      startedAt: new Date(Date.now() - 60_000),
      endedAt: new Date(),
    });

    await publishEdit(caller, program.programId, (draft) => {
      // Phase "strengthen" disappears and "restore" no longer rotates through "restore-b".
      draft.phases = draft.phases.filter((phase) => phase.key !== "strengthen");
      const restore = draft.phases[0];
      if (restore) restore.sessionKeys = ["restore-a"];
    });

    const plan = await caller.enrollments.migrationPlan({
      programId: program.programId,
      toVersion: 2,
    });
    expect(plan).toMatchObject({ total: 2, movable: 1, blocked: 1 });
    const byId = new Map(plan.enrollments.map((item) => [item.id, item]));
    expect(byId.get(inRestore.enrollmentId)).toMatchObject({
      ok: true,
      completedSessions: 1,
      notes: ['Completed session "restore-b" is no longer part of this phase'],
    });
    expect(byId.get(inStrengthen.enrollmentId)).toMatchObject({
      ok: false,
      reason: "phase-removed",
      message:
        'Phase "strengthen" was removed in version 2; the customer needs to be placed by hand',
    });

    const stranger = crypto.randomUUID();
    const result = await caller.enrollments.migrate({
      programId: program.programId,
      toVersion: 2,
      enrollmentIds: [inRestore.enrollmentId, inStrengthen.enrollmentId, stranger],
    });
    expect(result.moved.map((move) => move.id)).toEqual([inRestore.enrollmentId]);
    expect(result.notMoved).toEqual([
      expect.objectContaining({ id: inStrengthen.enrollmentId, reason: "phase-removed" }),
      { id: stranger, reason: "not-found", message: "No such enrolment in this program" },
    ]);
    const [stayed] = await db
      .select({ programVersionId: enrollments.programVersionId })
      .from(enrollments)
      .where(eq(enrollments.id, inStrengthen.enrollmentId));
    const [movedRow] = await db
      .select({ programVersionId: enrollments.programVersionId })
      .from(enrollments)
      .where(eq(enrollments.id, inRestore.enrollmentId));
    expect(stayed?.programVersionId).not.toBe(movedRow?.programVersionId);
  });

  it("rejects bad input and unknown versions", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const id = crypto.randomUUID();
    for (const input of [
      { programId: program.programId, toVersion: 2, enrollmentIds: [] },
      { programId: program.programId, toVersion: 2, enrollmentIds: [id, id] },
      { programId: program.programId, toVersion: 2, enrollmentIds: ["nope"] },
      { programId: program.programId, toVersion: 0, enrollmentIds: [id] },
      { programId: "nope", toVersion: 2, enrollmentIds: [id] },
      {
        programId: program.programId,
        toVersion: 2,
        enrollmentIds: Array.from({ length: 501 }, () => crypto.randomUUID()),
      },
    ]) {
      await expect(caller.enrollments.migrate(input)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    await expect(
      caller.enrollments.migrate({
        programId: program.programId,
        toVersion: 7,
        enrollmentIds: [id],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.enrollments.migrationPlan({ programId: program.programId, toVersion: 7 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
