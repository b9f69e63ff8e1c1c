import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { auditLog, programs, programVersions } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";

import { createAdmin, createProgram, loadEditableDraft } from "../admin-test-helpers";

const db = useTestDb();

const freshSlug = () => `hip-lab-${randomUUID().slice(0, 8)}`;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  const cause = (error as { cause?: { fieldErrors?: Record<string, string[]> } }).cause;
  return {
    code: (error as { code?: string }).code,
    message: (error as Error).message,
    fieldErrors: cause?.fieldErrors,
    zodFields: [
      ...new Set(
        (error as { cause?: { issues?: { path: string[] }[] } }).cause?.issues?.map((issue) =>
          issue.path.join("."),
        ),
      ),
    ],
  };
}

describe("admin.programs.create", () => {
  it("creates a skeleton draft, never published, and audits who created it", async () => {
    const { user, caller } = await createAdmin(db);
    const slug = freshSlug();
    const created = await caller.programs.create({ title: "  Hip Lab  ", slug });
    expect(created).toMatchObject({ slug, revision: 1 });
    // A skeleton is a starting point: its missing texts are problems to fix before publishing.
    expect(created.problems.map((problem) => problem.path.join("."))).toEqual(
      expect.arrayContaining([
        "disclaimer",
        "stopRules.0",
        "sessions.0.prescriptions",
        "exercises",
        // No red-flag screening question yet: it saves, but cannot be published like this.
        "screeningQuestions",
      ]),
    );

    const got = await caller.programs.get({ programId: created.programId });
    expect(got).toMatchObject({
      slug,
      title: "Hip Lab",
      status: "never-published",
      versions: [],
      latestVersion: null,
      draftUpdatedBy: { id: user.id },
    });
    expect(got.draft).toMatchObject({
      slug,
      title: "Hip Lab",
      phases: [{ key: "phase-1", sessionKeys: ["session-1"] }],
      baselineAssessmentKey: "baseline",
      assessments: [{ key: "baseline" }],
    });
    const listed = (await caller.programs.list()).find((item) => item.id === created.programId);
    expect(listed).toMatchObject({ slug, status: "never-published", enrolled: 0 });

    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.programId), eq(auditLog.action, "program.create")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: user.id,
      targetType: "program",
      after: { slug, title: "Hip Lab", copiedFrom: null },
    });
  });

  it("copies another program's content under the new title and slug, without its versions", async () => {
    const { caller } = await createAdmin(db);
    const source = await createProgram(db);
    const edited = await loadEditableDraft(caller, source.programId);
    edited.draft.summary = "Draft-only wording.";
    await caller.programs.saveDraft({ programId: source.programId, ...edited });

    const slug = freshSlug();
    const created = await caller.programs.create({
      title: "Hip Lab copy",
      slug,
      copyFrom: source.programId,
    });
    expect(created.problems).toEqual([]);
    const got = await caller.programs.get({ programId: created.programId });
    expect(got).toMatchObject({ status: "never-published", versions: [], revision: 1 });
    expect(got.draft).toEqual({ ...edited.draft, slug, title: "Hip Lab copy" });
    expect(
      await db
        .select()
        .from(programVersions)
        .where(eq(programVersions.programId, created.programId)),
    ).toEqual([]);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, created.programId), eq(auditLog.action, "program.create")));
    expect(entry?.after).toMatchObject({
      copiedFrom: { programId: source.programId, slug: source.slug },
    });
    // The source is untouched.
    const sourceAfter = await caller.programs.get({ programId: source.programId });
    expect(sourceAfter.slug).toBe(source.slug);
    expect(sourceAfter.versions).toHaveLength(1);
  });

  it("refuses a taken slug with a field error, creating nothing", async () => {
    const { caller } = await createAdmin(db);
    const existing = await createProgram(db);
    const before = await db.select({ id: programs.id }).from(programs);
    const refused = await refusal(
      caller.programs.create({ title: "Another knee program", slug: existing.slug }),
    );
    expect(refused).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { slug: ["That address is taken"] },
    });
    expect(await db.select({ id: programs.id }).from(programs)).toHaveLength(before.length);
    const audited = await db.select().from(auditLog).where(eq(auditLog.action, "program.create"));
    expect(
      audited.filter((entry) => (entry.after as { slug?: string }).slug === existing.slug),
    ).toEqual([]);
  });

  it("refuses a bad slug, a missing title and an unknown program to copy, per field", async () => {
    const { caller } = await createAdmin(db);
    for (const slug of ["Hip Lab", "hip--lab", "-hip", "hip_lab", "", "x".repeat(65)]) {
      const refused = await refusal(caller.programs.create({ title: "Hip Lab", slug }));
      expect(refused, slug).toMatchObject({ code: "BAD_REQUEST", zodFields: ["slug"] });
    }
    const untitled = await refusal(caller.programs.create({ title: "   ", slug: freshSlug() }));
    expect(untitled).toMatchObject({ code: "BAD_REQUEST", zodFields: ["title"] });

    const unknownSource = await refusal(
      caller.programs.create({ title: "Hip Lab", slug: freshSlug(), copyFrom: randomUUID() }),
    );
    expect(unknownSource).toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { copyFrom: ["Choose a program from the list"] },
    });
  });
});
