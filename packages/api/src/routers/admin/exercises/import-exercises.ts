/**
 * exercises.importFromProgram: copies the exercises a program's draft carries into the library,
 * for programs written before the library existed (the seeded Knee Pain Solution). Existing
 * library entries are never overwritten; invalid copies are skipped with the reason.
 */
import { inArray } from "drizzle-orm";

import type { Exercise } from "@phasewise/domain";
import { auditLog, exercises } from "@phasewise/db/schema";
import { exerciseSchema } from "@phasewise/domain";

import { adminProcedure } from "../../../trpc";
import { loadDraft } from "../programs/load-program";
import { ZImportExercisesRequest, ZImportExercisesResponse } from "./exercises.types";

export const importExercises = adminProcedure
  .input(ZImportExercisesRequest)
  .output(ZImportExercisesResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const program = await loadDraft(tx, input.programId);
      const copies = (program.draft as { exercises?: unknown }).exercises;
      const skipped: { slug: string; reason: string }[] = [];
      const valid: Exercise[] = [];
      for (const [index, copy] of (Array.isArray(copies) ? copies : []).entries()) {
        const parsed = exerciseSchema.safeParse(copy);
        if (parsed.success) valid.push(parsed.data);
        else {
          const slug = (copy as { slug?: unknown } | null)?.slug;
          skipped.push({
            slug: typeof slug === "string" ? slug : `exercises[${index}]`,
            reason: `Has problems: ${parsed.error.issues[0]?.message ?? "invalid"}`,
          });
        }
      }
      const existing = new Set(
        valid.length === 0
          ? []
          : (
              await tx
                .select({ slug: exercises.slug })
                .from(exercises)
                .where(
                  inArray(
                    exercises.slug,
                    valid.map((exercise) => exercise.slug),
                  ),
                )
            ).map((row) => row.slug),
      );
      const fresh = valid.filter((exercise) => !existing.has(exercise.slug));
      skipped.push(
        ...valid
          .filter((exercise) => existing.has(exercise.slug))
          .map((exercise) => ({ slug: exercise.slug, reason: "Already in the library" })),
      );
      if (fresh.length === 0) return { imported: [], skipped };
      const inserted = await tx
        .insert(exercises)
        .values(
          fresh.map((exercise) => ({
            slug: exercise.slug,
            name: exercise.name,
            document: exercise,
          })),
        )
        .onConflictDoNothing({ target: exercises.slug })
        .returning({ slug: exercises.slug });
      const imported = new Set(inserted.map((row) => row.slug));
      if (imported.size > 0) {
        await tx.insert(auditLog).values(
          fresh
            .filter((exercise) => imported.has(exercise.slug))
            .map((exercise) => ({
              actorId: ctx.user.id,
              action: "exercise.import",
              targetType: "exercise",
              targetId: exercise.slug,
              before: null,
              after: { fromProgram: program.slug, exercise },
            })),
        );
      }
      return { imported: [...imported], skipped };
    }),
  );
