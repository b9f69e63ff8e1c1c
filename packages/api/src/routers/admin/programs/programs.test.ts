import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditLog, programVersions } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";
import { expandSession, kneePainSolution } from "@phasewise/domain";

import {
  createAdmin,
  createProgram,
  enrolCustomer,
  loadEditableDraft,
} from "../admin-test-helpers";

const db = useTestDb();

function auditFor(programId: string, action: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, programId), eq(auditLog.action, action)));
}

describe("admin.programs.list and get", () => {
  it("lists a program with its published version, status and enrolment counts", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    await enrolCustomer(db, program);
    await enrolCustomer(db, program);

    const listed = (await caller.programs.list()).find((item) => item.id === program.programId);
    expect(listed).toMatchObject({
      slug: program.slug,
      status: "published",
      latestVersion: { version: 1 },
      enrolled: 2,
      onOlderVersions: 0,
    });

    const { revision, draft } = await loadEditableDraft(caller, program.programId);
    draft.title = "Knee, edited";
    await caller.programs.saveDraft({ programId: program.programId, revision, draft });
    const after = (await caller.programs.list()).find((item) => item.id === program.programId);
    expect(after?.status).toBe("unpublished-changes");
  });

  it("returns the draft with its revision, problems and versions", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const got = await caller.programs.get({ programId: program.programId });
    expect(got).toMatchObject({
      revision: 1,
      status: "published",
      problems: [],
      latestVersion: { version: 1, changelog: "First release." },
    });
    expect(got.draft).toEqual(program.document);
    await expect(caller.programs.get({ programId: crypto.randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("admin.programs.saveDraft", () => {
  it("saves, bumps the revision and audits what changed", async () => {
    const { user, caller } = await createAdmin(db);
    const program = await createProgram(db);
    const { revision, draft } = await loadEditableDraft(caller, program.programId);
    const phase = draft.phases[0];
    if (!phase?.unlockRule) throw new Error("fixture");
    phase.unlockRule.minSessions = 8;

    const saved = await caller.programs.saveDraft({
      programId: program.programId,
      revision,
      draft,
    });
    expect(saved).toMatchObject({ revision: revision + 1, changed: true, problems: [] });
    const [entry] = await auditFor(program.programId, "program.draft.save");
    expect(entry).toMatchObject({
      actorId: user.id,
      before: { revision: 1 },
      after: {
        revision: 2,
        problems: 0,
        changes: [
          {
            kind: "changed",
            area: "phase",
            key: "restore",
            fields: [{ field: "unlockRule.minSessions", before: 6, after: 8 }],
          },
        ],
      },
    });
  });

  it("saves a draft with problems and returns them with their field paths", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const { revision, draft } = await loadEditableDraft(caller, program.programId);
    const first = draft.sessions[0]?.prescriptions[0];
    if (!first) throw new Error("fixture");
    first.reps = { min: 12, max: 8 };
    draft.phases[0] = { ...draft.phases[0], title: "" } as (typeof draft.phases)[0];

    const saved = await caller.programs.saveDraft({
      programId: program.programId,
      revision,
      draft,
    });
    expect(saved.changed).toBe(true);
    expect(saved.problems).toEqual(
      expect.arrayContaining([
        { path: ["phases", 0, "title"], message: "Required" },
        {
          path: ["sessions", 0, "prescriptions", 0, "reps", "max"],
          message: "The low end must not be above the high end",
        },
      ]),
    );
    const got = await caller.programs.get({ programId: program.programId });
    expect(got.revision).toBe(saved.revision);
    expect(got.problems).toEqual(saved.problems);
  });

  it("refuses the second of two admins' saves with who saved first, never overwriting", async () => {
    const ada = await createAdmin(db, "Ada Lovelace");
    const bob = await createAdmin(db, "Bob Builder");
    const program = await createProgram(db);
    const adaCopy = await loadEditableDraft(ada.caller, program.programId);
    const bobCopy = await loadEditableDraft(bob.caller, program.programId);

    adaCopy.draft.title = "Ada's title";
    await ada.caller.programs.saveDraft({ programId: program.programId, ...adaCopy });

    bobCopy.draft.title = "Bob's title";
    const refused = bob.caller.programs.saveDraft({ programId: program.programId, ...bobCopy });
    await expect(refused).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(refused).rejects.toThrow(
      /^Ada Lovelace saved this draft at \d{4}-\d\d-\d\d \d\d:\d\d UTC — reload to see their changes\.$/,
    );

    const got = await bob.caller.programs.get({ programId: program.programId });
    expect(got).toMatchObject({ revision: 2, draftUpdatedBy: { name: "Ada Lovelace" } });
    expect((got.draft as { title: string }).title).toBe("Ada's title");
    expect(await auditFor(program.programId, "program.draft.save")).toHaveLength(1);
  });

  it("lets only one of many simultaneous saves of the same revision through", async () => {
    const admins = await Promise.all([1, 2, 3, 4, 5].map(() => createAdmin(db)));
    const program = await createProgram(db);
    const results = await Promise.allSettled(
      admins.map(async ({ caller }, index) => {
        const copy = await loadEditableDraft(caller, program.programId);
        copy.draft.summary = `Summary ${index}`;
        return caller.programs.saveDraft({ programId: program.programId, ...copy, revision: 1 });
      }),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter(
        (result) =>
          result.status === "rejected" && (result.reason as { code?: string }).code === "CONFLICT",
      ),
    ).toHaveLength(4);
  });

  it("does not bump the revision or audit when nothing changed", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const copy = await loadEditableDraft(caller, program.programId);
    const saved = await caller.programs.saveDraft({ programId: program.programId, ...copy });
    expect(saved).toMatchObject({ revision: 1, changed: false });
    expect(await auditFor(program.programId, "program.draft.save")).toEqual([]);
  });

  it("rejects bad input per field", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const draft = structuredClone(kneePainSolution) as unknown as Record<string, unknown>;
    const cases = [
      { programId: "nope", revision: 1, draft },
      { programId: program.programId, revision: 0, draft },
      { programId: program.programId, revision: 1.5, draft },
      { programId: program.programId, revision: 1, draft: "not a document" },
      { programId: program.programId, revision: 1, draft: { notes: "x".repeat(1_000_001) } },
    ];
    const fields = [];
    for (const input of cases) {
      const error = await caller.programs
        // @ts-expect-error — deliberately malformed input
        .saveDraft(input)
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "BAD_REQUEST" });
      fields.push((error as { cause: { issues: { path: string[] }[] } }).cause.issues[0]?.path[0]);
    }
    expect(fields).toEqual(["programId", "revision", "revision", "draft", "draft"]);
    await expect(
      caller.programs.saveDraft({ programId: crypto.randomUUID(), revision: 1, draft }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports a renamed slug as a problem: the slug is the program's identity", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const copy = await loadEditableDraft(caller, program.programId);
    copy.draft.slug = "another-slug";
    const saved = await caller.programs.saveDraft({ programId: program.programId, ...copy });
    expect(saved.problems).toEqual([
      {
        path: ["slug"],
        message: `The slug is fixed once a program exists: keep "${program.slug}"`,
      },
    ]);
  });
});

describe("admin.programs.preview", () => {
  it("expands a draft session exactly as the player does, at the low or high end", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const preview = await caller.programs.preview({
      programId: program.programId,
      sessionKey: "restore-a",
    });
    const template = kneePainSolution.sessions.find((session) => session.key === "restore-a");
    if (!template) throw new Error("fixture");
    const expected = expandSession(template, kneePainSolution.exercises);
    expect(preview).toMatchObject({
      source: { kind: "draft", revision: 1 },
      session: { key: "restore-a", title: "Range at every angle" },
      problems: [],
      estimatedMinutes: expected.estimatedMinutes,
    });
    expect(preview.steps).toEqual(expected.steps);
    expect(preview.sessions.map((session) => session.key)).toContain("maintain-b");

    const high = await caller.programs.preview({
      programId: program.programId,
      sessionKey: "restore-a",
      dose: "high",
    });
    expect(high.estimatedSeconds).toBeGreaterThan(preview.estimatedSeconds);
  });

  it("previews a published version, and names what blocks a broken draft session", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const copy = await loadEditableDraft(caller, program.programId);
    const session = copy.draft.sessions.find((item) => item.key === "restore-b");
    const first = session?.prescriptions[0];
    if (!first) throw new Error("fixture");
    first.exerciseSlug = "no-such-exercise";
    await caller.programs.saveDraft({ programId: program.programId, ...copy });

    const broken = await caller.programs.preview({
      programId: program.programId,
      sessionKey: "restore-b",
    });
    expect(broken.steps).toEqual([]);
    expect(broken.problems).toEqual([
      {
        path: ["sessions", 1, "prescriptions", 0, "exerciseSlug"],
        message: 'Unknown exercise "no-such-exercise"',
      },
    ]);
    const published = await caller.programs.preview({
      programId: program.programId,
      sessionKey: "restore-b",
      version: 1,
    });
    expect(published.source).toEqual({ kind: "version", version: 1 });
    expect(published.steps.length).toBeGreaterThan(0);

    await expect(
      caller.programs.preview({ programId: program.programId, sessionKey: "nope" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.programs.preview({
        programId: program.programId,
        sessionKey: "restore-b",
        version: 9,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("admin.programs.diff and publish", () => {
  it("publishes an immutable version N+1 with its changelog, leaving version 1 as it was", async () => {
    const { user, caller } = await createAdmin(db);
    const program = await createProgram(db);
    const copy = await loadEditableDraft(caller, program.programId);
    const restoreA = copy.draft.sessions[0];
    if (!restoreA) throw new Error("fixture");
    restoreA.prescriptions.reverse();
    const saved = await caller.programs.saveDraft({ programId: program.programId, ...copy });

    const diff = await caller.programs.diff({ programId: program.programId });
    expect(diff).toMatchObject({ from: { version: 1 }, revision: saved.revision, nextVersion: 2 });
    expect(diff.changes.map((change) => change.summary)).toEqual([
      'Exercises of session "Range at every angle" reordered',
    ]);

    const published = await caller.programs.publish({
      programId: program.programId,
      revision: saved.revision,
      changelog: "  Floor work first.  ",
    });
    expect(published).toMatchObject({ version: 2, revision: saved.revision, changes: 1 });

    const versions = await db
      .select()
      .from(programVersions)
      .where(eq(programVersions.programId, program.programId))
      .orderBy(programVersions.version);
    expect(versions.map((row) => [row.version, row.changelog])).toEqual([
      [1, "First release."],
      [2, "Floor work first."],
    ]);
    expect(versions[0]?.document).toEqual(program.document);
    expect(versions[1]?.document).toEqual(copy.draft);
    expect(versions[1]?.publishedBy).toBe(user.id);

    const [entry] = await auditFor(program.programId, "program.publish");
    expect(entry).toMatchObject({
      actorId: user.id,
      before: { version: 1 },
      after: { version: 2, changelog: "Floor work first.", versionId: published.versionId },
    });
    const got = await caller.programs.get({ programId: program.programId });
    expect(got).toMatchObject({ status: "published", latestVersion: { version: 2 } });
    expect(got.versions.map((version) => version.version)).toEqual([2, 1]);
  });

  it("refuses to publish a draft with problems, returning them per field", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    const copy = await loadEditableDraft(caller, program.programId);
    const rule = copy.draft.phases[0]?.unlockRule;
    if (!rule) throw new Error("fixture");
    rule.minSessions = 0;
    const saved = await caller.programs.saveDraft({ programId: program.programId, ...copy });

    const error = await caller.programs
      .publish({ programId: program.programId, revision: saved.revision, changelog: "Oops" })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: "The draft has 1 problem; fix it before publishing.",
    });
    const fieldErrors = (error as { cause: { fieldErrors: Record<string, string[]> } }).cause
      .fieldErrors;
    expect(Object.keys(fieldErrors)).toEqual(["draft.phases.0.unlockRule.minSessions"]);
    expect(await auditFor(program.programId, "program.publish")).toEqual([]);
  });

  it("refuses a stale revision, an unchanged draft, and bad input", async () => {
    const { caller } = await createAdmin(db);
    const program = await createProgram(db);
    await expect(
      caller.programs.publish({ programId: program.programId, revision: 1, changelog: "Same" }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "Nothing has changed since version 1; there is nothing to publish.",
    });
    const copy = await loadEditableDraft(caller, program.programId);
    copy.draft.summary = "Changed.";
    await caller.programs.saveDraft({ programId: program.programId, ...copy });
    await expect(
      caller.programs.publish({ programId: program.programId, revision: 1, changelog: "Stale" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    for (const input of [
      { programId: program.programId, revision: 2, changelog: "   " },
      { programId: program.programId, revision: 2, changelog: "x".repeat(501) },
      { programId: program.programId, revision: -1, changelog: "ok" },
      { programId: "not-a-uuid", revision: 2, changelog: "ok" },
    ]) {
      await expect(caller.programs.publish(input)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });
});
