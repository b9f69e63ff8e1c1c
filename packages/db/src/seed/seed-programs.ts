/**
 * Seeds the Knee Pain Solution: the program row (its draft is the seeded document) and, when it
 * has none yet, published version 1. The document is validated first; a broken seed fails loudly.
 */
import { eq } from "drizzle-orm";

import type { ProgramDocument } from "@phasewise/domain";
import { kneePainSolution, validateProgram } from "@phasewise/domain";

import type { Executor } from "../client";
import { exercises, programs, programVersions } from "../schema";

export async function seedProgram(db: Executor, document: ProgramDocument, publishedBy?: string) {
  const validation = validateProgram(document);
  if (!validation.ok) {
    const problems = validation.problems.map(
      (problem) => `${problem.path.join(".")}: ${problem.message}`,
    );
    throw new Error(`The seeded program "${document.slug}" is invalid:\n${problems.join("\n")}`);
  }
  const [inserted] = await db
    .insert(programs)
    .values({ slug: document.slug, title: document.title, draft: document })
    .onConflictDoNothing({ target: programs.slug })
    .returning({ id: programs.id });
  const programId =
    inserted?.id ??
    (await db.select({ id: programs.id }).from(programs).where(eq(programs.slug, document.slug)))[0]
      ?.id;
  if (!programId) throw new Error(`Could not seed program ${document.slug}`);
  await db
    .insert(programVersions)
    .values({
      programId,
      version: 1,
      document,
      changelog: "First release.",
      publishedBy: publishedBy ?? null,
    })
    .onConflictDoNothing();
  return programId;
}

export function seedKneePainSolution(db: Executor, publishedBy?: string) {
  return seedProgram(db, kneePainSolution, publishedBy);
}

/** Fills the exercise library from a program's exercises (existing entries are left as edited). */
export async function seedExerciseLibrary(db: Executor, document: ProgramDocument) {
  await db
    .insert(exercises)
    .values(
      document.exercises.map((exercise) => ({
        slug: exercise.slug,
        name: exercise.name,
        document: exercise,
      })),
    )
    .onConflictDoNothing({ target: exercises.slug });
}
