import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import type { Exercise, ProgramDocument } from "@phasewise/domain";
import { auditLog } from "@phasewise/db/schema";
import { useTestDb } from "@phasewise/db/testing";
import { kneePainSolution } from "@phasewise/domain";

import { createAdmin, createProgram, loadEditableDraft } from "../admin-test-helpers";

const db = useTestDb();

function newExercise(overrides: Partial<Exercise> = {}): Exercise {
  const tag = crypto.randomUUID().slice(0, 8);
  return {
    slug: `clamshell-${tag}`,
    name: `Clamshell ${tag}`,
    summary: "Side-lying knee opening that wakes up the outer hip.",
    targetAreas: ["Outer hip"],
    equipment: ["mat"],
    setup: "Lie on your side with the knees bent.",
    steps: ["Open the top knee.", "Close it slowly."],
    cues: ["Keep the feet together."],
    mistakes: ["Rolling the pelvis back."],
    safetyNotes: ["Stop if the knee hurts."],
    media: { imageUrl: "https://example.com/clamshell.jpg" },
    substitutes: [],
    ...overrides,
  };
}

/** The seeded program with every exercise slug made unique, so library tests never collide. */
function withUniqueExercises(doc: ProgramDocument): ProgramDocument {
  const tag = crypto.randomUUID().slice(0, 6);
  const rename = (slug: string) => `${slug}-${tag}`;
  const copy = structuredClone(doc);
  copy.exercises = copy.exercises.map((exercise) => ({
    ...exercise,
    slug: rename(exercise.slug),
    easierVariant: exercise.easierVariant && rename(exercise.easierVariant),
    harderVariant: exercise.harderVariant && rename(exercise.harderVariant),
    substitutes: exercise.substitutes.map(rename),
  }));
  for (const session of copy.sessions) {
    for (const prescription of session.prescriptions) {
      prescription.exerciseSlug = rename(prescription.exerciseSlug);
    }
  }
  return JSON.parse(JSON.stringify(copy)) as ProgramDocument;
}

describe("admin.exercises", () => {
  it("creates, finds, reads and updates an exercise, auditing before and after", async () => {
    const { user, caller } = await createAdmin(db);
    const exercise = newExercise();
    const created = await caller.exercises.save({ revision: null, exercise });
    expect(created).toEqual({ slug: exercise.slug, revision: 1, created: true, changed: true });

    const found = await caller.exercises.search({ query: exercise.name.toUpperCase() });
    expect(found).toEqual([
      { slug: exercise.slug, name: exercise.name, summary: exercise.summary },
    ]);
    const listed = await caller.exercises.list({ query: exercise.slug });
    expect(listed.items).toMatchObject([
      { slug: exercise.slug, equipment: ["mat"], usedInDrafts: 0 },
    ]);
    expect(listed.total).toBe(1);

    const got = await caller.exercises.get({ slug: exercise.slug });
    expect(got).toMatchObject({ exercise, revision: 1 });
    const many = await caller.exercises.getMany({ slugs: [exercise.slug, "no-such-exercise"] });
    expect(many).toMatchObject([{ exercise, revision: 1 }]);

    const edited = { ...exercise, cues: [...exercise.cues, "Breathe out as the knee opens."] };
    const updated = await caller.exercises.save({ revision: 1, exercise: edited });
    expect(updated).toMatchObject({ revision: 2, created: false, changed: true });
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "exercise"), eq(auditLog.targetId, exercise.slug)))
      .orderBy(auditLog.at);
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["exercise.create", user.id],
      ["exercise.update", user.id],
    ]);
    expect(entries[1]).toMatchObject({ before: exercise, after: edited });

    const unchanged = await caller.exercises.save({ revision: 2, exercise: edited });
    expect(unchanged).toMatchObject({ revision: 2, changed: false });
  });

  it("refuses a taken slug, a stale revision and links to missing exercises", async () => {
    const { caller } = await createAdmin(db);
    const exercise = newExercise();
    await caller.exercises.save({ revision: null, exercise });

    const taken = await caller.exercises
      .save({ revision: null, exercise })
      .catch((error: unknown) => error);
    expect(taken).toMatchObject({ code: "CONFLICT" });
    expect((taken as { cause: { fieldErrors: object } }).cause.fieldErrors).toEqual({
      "exercise.slug": ["Choose another slug, or edit the existing exercise"],
    });

    await caller.exercises.save({ revision: 1, exercise: { ...exercise, name: "First" } });
    await expect(
      caller.exercises.save({ revision: 1, exercise: { ...exercise, name: "Second" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const badLinks = await caller.exercises
      .save({
        revision: null,
        exercise: newExercise({
          slug: "linky-exercise",
          easierVariant: "linky-exercise",
          substitutes: [exercise.slug, "missing-exercise"],
        }),
      })
      .catch((error: unknown) => error);
    expect(badLinks).toMatchObject({ code: "BAD_REQUEST" });
    expect((badLinks as { cause: { fieldErrors: object } }).cause.fieldErrors).toEqual({
      "exercise.easierVariant": ["An exercise cannot link to itself"],
      "exercise.substitutes.1": ['There is no exercise "missing-exercise" in the library'],
    });
  });

  it("rejects malformed exercises per field", async () => {
    const { caller } = await createAdmin(db);
    const error = await caller.exercises
      .save({
        revision: null,
        exercise: newExercise({
          slug: "Not A Slug",
          name: " ",
          steps: [],
          media: { videoUrl: "ftp://example.com/video" },
        }),
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const paths = (
      error as { cause: { issues: { path: (string | number)[] }[] } }
    ).cause.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual([
      "exercise.slug",
      "exercise.name",
      "exercise.steps",
      "exercise.media.videoUrl",
    ]);
    await expect(
      // @ts-expect-error — a revision must be a number or null
      caller.exercises.save({ revision: "1", exercise: newExercise() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.exercises.get({ slug: "no-such-exercise" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("imports a program's exercises once and shows where each is used", async () => {
    const { caller } = await createAdmin(db);
    const document = withUniqueExercises(kneePainSolution);
    const program = await createProgram(db, {
      exercises: document.exercises,
      sessions: document.sessions,
    });
    const axial = document.exercises[0];
    if (!axial) throw new Error("fixture");

    const before = await caller.exercises.list({});
    expect(before.notInLibrary).toContainEqual({
      programId: program.programId,
      title: program.document.title,
      count: document.exercises.length,
    });

    const imported = await caller.exercises.importFromProgram({ programId: program.programId });
    expect(imported.imported.sort()).toEqual(document.exercises.map((item) => item.slug).sort());
    expect(imported.skipped).toEqual([]);
    const again = await caller.exercises.importFromProgram({ programId: program.programId });
    expect(again.imported).toEqual([]);
    expect(again.skipped).toHaveLength(document.exercises.length);
    const after = await caller.exercises.list({});
    expect(after.notInLibrary.map((row) => row.programId)).not.toContain(program.programId);

    const sessionKeys = document.sessions
      .filter((session) => session.prescriptions.some((item) => item.exerciseSlug === axial.slug))
      .map((session) => session.key);
    expect(sessionKeys.length).toBeGreaterThan(1);
    const usage = await caller.exercises.usage({ slug: axial.slug });
    expect(usage).toEqual({
      drafts: [
        {
          programId: program.programId,
          slug: program.slug,
          title: program.document.title,
          sessionKeys,
          inProgram: true,
          matchesLibrary: true,
        },
      ],
      versions: [
        {
          programId: program.programId,
          slug: program.slug,
          title: program.document.title,
          version: 1,
          sessionKeys,
        },
      ],
    });

    await caller.exercises.save({ revision: 1, exercise: { ...axial, name: "Axial, renamed" } });
    const copy = await loadEditableDraft(caller, program.programId);
    copy.draft.sessions = copy.draft.sessions.map((session) => ({
      ...session,
      prescriptions: session.prescriptions.filter((item) => item.exerciseSlug !== axial.slug),
    }));
    await caller.programs.saveDraft({ programId: program.programId, ...copy });
    const later = await caller.exercises.usage({ slug: axial.slug });
    expect(later.drafts).toMatchObject([
      { sessionKeys: [], inProgram: true, matchesLibrary: false },
    ]);
    expect((await caller.exercises.list({ query: axial.slug })).items[0]?.usedInDrafts).toBe(0);
  });
});
