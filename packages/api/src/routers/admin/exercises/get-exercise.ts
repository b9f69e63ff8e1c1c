/**
 * exercises.get: one library entry to edit, with its revision. exercises.getMany: the library
 * entries for a list of slugs in one query (the program editor compares its copies with them).
 */
import { eq, inArray } from "drizzle-orm";

import { exercises } from "@phasewise/db/schema";
import { exerciseSchema } from "@phasewise/domain";

import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import {
  ZExerciseSlugRequest,
  ZGetExerciseResponse,
  ZGetManyExercisesRequest,
  ZGetManyExercisesResponse,
} from "./exercises.types";

export const getExercise = adminProcedure
  .input(ZExerciseSlugRequest)
  .output(ZGetExerciseResponse)
  .query(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select({
        document: exercises.document,
        revision: exercises.revision,
        updatedAt: exercises.updatedAt,
      })
      .from(exercises)
      .where(eq(exercises.slug, input.slug));
    if (!row)
      throw new AppError("NOT_FOUND", `There is no exercise "${input.slug}" in the library.`);
    return {
      exercise: exerciseSchema.parse(row.document),
      revision: row.revision,
      updatedAt: row.updatedAt,
    };
  });

export const getManyExercises = adminProcedure
  .input(ZGetManyExercisesRequest)
  .output(ZGetManyExercisesResponse)
  .query(async ({ ctx, input }) => {
    if (input.slugs.length === 0) return [];
    const rows = await ctx.db
      .select({
        document: exercises.document,
        revision: exercises.revision,
        updatedAt: exercises.updatedAt,
      })
      .from(exercises)
      .where(inArray(exercises.slug, input.slugs))
      .orderBy(exercises.slug);
    return rows.map((row) => ({
      exercise: exerciseSchema.parse(row.document),
      revision: row.revision,
      updatedAt: row.updatedAt,
    }));
  });
