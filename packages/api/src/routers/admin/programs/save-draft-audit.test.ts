import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditLog } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import type { ProgramChange } from "./diff-program";
import { createAdmin, createProgram, loadEditableDraft } from "../admin-test-helpers";
import { diffPrograms } from "./diff-program";
import { maxAuditedChanges, mergeChanges } from "./merge-changes";

const db = useTestDb();

function auditOf(programId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "program"), eq(auditLog.targetId, programId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}

type Caller = Awaited<ReturnType<typeof createAdmin>>["caller"];

/** One autosave as the editor does it: load, change, save the revision it loaded. */
async function autosave(caller: Caller, programId: string, change: (draft: Draft) => void) {
  const copy = await loadEditableDraft(caller, programId);
  change(copy.draft);
  return caller.programs.saveDraft({ programId, ...copy });
}

type Draft = Awaited<ReturnType<typeof loadEditableDraft>>["draft"];

describe("admin.programs.saveDraft audit coalescing", () => {
  it("turns three quick saves by one admin into one entry: first → last revision, merged changes", async () => {
    const { user, caller } = await createAdmin(db);
    const program = await createProgram(db);
    await autosave(caller, program.programId, (draft) => {
      draft.summary = "First words.";
    });
    await autosave(caller, program.programId, (draft) => {
      draft.summary = "First words, then more.";
      draft.condition = "Knee pain, edited";
    });
    const last = await autosave(caller, program.programId, (draft) => {
      const phase = draft.phases[0];
      if (!phase?.unlockRule) throw new Error("fixture");
      phase.unlockRule.minSessions = 8;
    });

    const entries = await auditOf(program.programId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "program.draft.save",
      actorId: user.id,
      before: { revision: 1 },
      after: { revision: last.revision, problems: 0, saves: 3, moreChanges: 0 },
    });
    expect(last.revision).toBe(4);
    const changes = (entries[0]?.after as { changes: ProgramChange[] }).changes;
    // The summary edited twice is one field change: the original text before, the last after.
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({
      kind: "changed",
      area: "program",
      fields: [
        { field: "summary", before: program.document.summary, after: "First words, then more." },
        { field: "condition", after: "Knee pain, edited" },
      ],
    });
    expect(changes[0]?.summary).toMatch(/changed: summary, condition$/);
    expect(changes[1]).toMatchObject({
      area: "phase",
      fields: [{ field: "unlockRule.minSessions", before: 6, after: 8 }],
    });
  });

  it("starts a new entry for another admin's save, after a publish, or 11 minutes later", async () => {
    const ada = await createAdmin(db, "Ada");
    const bob = await createAdmin(db, "Bob");
    const program = await createProgram(db);
    const { programId } = program;

    await autosave(ada.caller, programId, (draft) => {
      draft.summary = "Ada was here.";
    });
    await autosave(bob.caller, programId, (draft) => {
      draft.summary = "Bob was here.";
    });
    expect((await auditOf(programId)).map((entry) => entry.actorId)).toEqual([
      bob.user.id,
      ada.user.id,
    ]);

    const { revision } = await bob.caller.programs.get({ programId });
    await bob.caller.programs.publish({ programId, revision, changelog: "Bob's summary." });
    await autosave(bob.caller, programId, (draft) => {
      draft.summary = "Bob again, after publishing.";
    });
    expect((await auditOf(programId)).map((entry) => entry.action)).toEqual([
      "program.draft.save",
      "program.publish",
      "program.draft.save",
      "program.draft.save",
    ]);

    await db
      .update(auditLog)
      .set({ at: sql`${auditLog.at} - interval '11 minutes'` })
      .where(eq(auditLog.targetId, programId));
    await autosave(bob.caller, programId, (draft) => {
      draft.summary = "Bob, back from lunch.";
    });
    const entries = await auditOf(programId);
    expect(entries).toHaveLength(5);
    expect(entries.map((entry) => (entry.after as { saves: number } | null)?.saves)).toEqual([
      1,
      1,
      undefined,
      1,
      1,
    ]);
  });

  it("measures the 10 minutes from the burst's first save: a save every few minutes does not keep one entry open", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const { programId } = program;
    await autosave(caller, programId, (draft) => {
      draft.summary = "Started typing.";
    });
    // The burst began 6 minutes ago; this save joins it and keeps when it began.
    await db
      .update(auditLog)
      .set({ at: sql`${auditLog.at} - interval '6 minutes'` })
      .where(eq(auditLog.targetId, programId));
    const [began] = await auditOf(programId);
    await autosave(caller, programId, (draft) => {
      draft.summary = "Still typing.";
    });
    const [joined, ...none] = await auditOf(programId);
    expect(none).toEqual([]);
    const after = joined?.after as { saves: number; firstSavedAt: string };
    expect(after.saves).toBe(2);
    expect(new Date(after.firstSavedAt).getTime()).toBe(began?.at.getTime());
    expect(joined?.at.getTime()).toBeGreaterThan(new Date(after.firstSavedAt).getTime());

    // 5 minutes on: the last save was 5 minutes ago, but the burst began 11 minutes ago.
    await db
      .update(auditLog)
      .set({
        at: sql`${auditLog.at} - interval '5 minutes'`,
        after: sql`jsonb_set(${auditLog.after}, '{firstSavedAt}',
          to_jsonb((${auditLog.after}->>'firstSavedAt')::timestamptz - interval '5 minutes'))`,
      })
      .where(eq(auditLog.targetId, programId));
    await autosave(caller, programId, (draft) => {
      draft.summary = "Typing all day.";
    });
    const entries = await auditOf(programId);
    expect(entries.map((entry) => (entry.after as { saves: number }).saves)).toEqual([1, 2]);
    expect(entries[0]?.after).not.toHaveProperty("firstSavedAt");
  });

  it("audits an unchanged save not at all, and keeps a stale save's refusal out of the entry", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const first = await loadEditableDraft(caller, program.programId);
    first.draft.summary = "Once.";
    await caller.programs.saveDraft({ programId: program.programId, ...first });
    await expect(
      caller.programs.saveDraft({ programId: program.programId, ...first }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const entries = await auditOf(program.programId);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.after).toMatchObject({ saves: 1, revision: 2 });
  });
});

describe("mergeChanges", () => {
  const base = { title: "Knee", summary: "A", phases: [{ key: "p1", title: "One" }] };

  it("drops a field edited and then put back, and keeps reorders net", () => {
    const edited = { ...base, summary: "B" };
    const merged = mergeChanges(diffPrograms(base, edited), diffPrograms(edited, base));
    expect(merged).toEqual({ changes: [], moreChanges: 0 });
  });

  it("caps the list and counts what it left out", () => {
    const phases = (count: number, title: string) =>
      Array.from({ length: count }, (_, index) => ({
        key: `p${index}`,
        title: `${title} ${index}`,
      }));
    const before = { title: "Knee", phases: phases(maxAuditedChanges + 5, "Phase") };
    const after = { title: "Knee", phases: phases(maxAuditedChanges + 5, "Renamed") };
    const merged = mergeChanges([], diffPrograms(before, after), 2);
    expect(merged.changes).toHaveLength(maxAuditedChanges);
    expect(merged.moreChanges).toBe(7);
  });
});
