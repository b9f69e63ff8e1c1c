/**
 * exercises.save: creates a library entry (revision null) or updates one with optimistic
 * concurrency on its revision. Variants and substitutes must name library entries. Programs keep
 * their own copies; the program editor offers "update from library" when a copy is behind.
 */
import { eq, inArray, sql } from "drizzle-orm";

import type { Exercise } from "@phasewise/domain";
import { exercises } from "@phasewise/db/schema";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { isDeepEqual } from "../programs/diff-program";
import { ZSaveExerciseRequest, ZSaveExerciseResponse } from "./exercises.types";

function linksOf(exercise: Exercise): [string, string][] {
  return [
    ...(exercise.easierVariant
      ? [["exercise.easierVariant", exercise.easierVariant] as [string, string]]
      : []),
    ...(exercise.harderVariant
      ? [["exercise.harderVariant", exercise.harderVariant] as [string, string]]
      : []),
    ...exercise.substitutes.map(
      (slug, index) => [`exercise.substitutes.${index}`, slug] as [string, string],
    ),
  ];
}

/** Field errors for links to itself or to exercises the library does not have. */
async function checkLinks(
  db: Parameters<typeof writeAuditEntry>[0],
  exercise: Exercise,
): Promise<Record<string, string[]>> {
  const links = linksOf(exercise);
  const targets = [...new Set(links.map(([, slug]) => slug))];
  const known = new Set(
    targets.length === 0
      ? []
      : (
          await db
            .select({ slug: exercises.slug })
            .from(exercises)
            .where(inArray(exercises.slug, targets))
        ).map((row) => row.slug),
  );
  const errors: Record<string, string[]> = {};
  for (const [field, slug] of links) {
    if (slug === exercise.slug) errors[field] = ["An exercise cannot link to itself"];
    else if (!known.has(slug)) errors[field] = [`There is no exercise "${slug}" in the library`];
  }
  return errors;
}

export const saveExercise = adminProcedure
  .input(ZSaveExerciseRequest)
  .output(ZSaveExerciseResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { exercise } = input;
      const linkErrors = await checkLinks(tx, exercise);
      if (Object.keys(linkErrors).length > 0) {
        throw new AppError(
          "BAD_REQUEST",
          "Some linked exercises are not in the library.",
          linkErrors,
        );
      }
      if (input.revision === null) {
        const [created] = await tx
          .insert(exercises)
          .values({ slug: exercise.slug, name: exercise.name, document: exercise })
          .onConflictDoNothing({ target: exercises.slug })
          .returning({ revision: exercises.revision });
        if (!created) {
          throw new AppError(
            "CONFLICT",
            `An exercise with the slug "${exercise.slug}" already exists.`,
            {
              "exercise.slug": ["Choose another slug, or edit the existing exercise"],
            },
          );
        }
        await writeAuditEntry(tx, {
          actorId: ctx.user.id,
          action: "exercise.create",
          targetType: "exercise",
          targetId: exercise.slug,
          after: exercise,
        });
        return { slug: exercise.slug, revision: created.revision, created: true, changed: true };
      }

      const [current] = await tx
        .select({
          document: exercises.document,
          revision: exercises.revision,
          updatedAt: exercises.updatedAt,
        })
        .from(exercises)
        .where(eq(exercises.slug, exercise.slug))
        .for("update");
      if (!current) {
        throw new AppError("NOT_FOUND", `There is no exercise "${exercise.slug}" in the library.`);
      }
      if (current.revision !== input.revision) {
        const when = `${current.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
        throw new AppError(
          "CONFLICT",
          `Someone else saved this exercise at ${when} — reload to see their changes.`,
        );
      }
      if (isDeepEqual(current.document, exercise)) {
        return { slug: exercise.slug, revision: current.revision, created: false, changed: false };
      }
      const [updated] = await tx
        .update(exercises)
        .set({
          name: exercise.name,
          document: exercise,
          revision: sql`${exercises.revision} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(exercises.slug, exercise.slug))
        .returning({ revision: exercises.revision });
      if (!updated) throw new Error("The exercise vanished while locked");
      await writeAuditEntry(tx, {
        actorId: ctx.user.id,
        action: "exercise.update",
        targetType: "exercise",
        targetId: exercise.slug,
        before: current.document,
        after: exercise,
      });
      return { slug: exercise.slug, revision: updated.revision, created: false, changed: true };
    }),
  );
