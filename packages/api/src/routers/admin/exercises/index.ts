/**
 * Admin: the exercise library. List and search, read and save (create or update with a
 * revision check), see where an exercise is used, and import exercises from a program's draft.
 */
import type { TRPCRouterRecord } from "@trpc/server";

import { exerciseUsage } from "./exercise-usage";
import { getExercise, getManyExercises } from "./get-exercise";
import { importExercises } from "./import-exercises";
import { listExercises, searchExercises } from "./list-exercises";
import { saveExercise } from "./save-exercise";

export const exercisesRouter = {
  list: listExercises,
  search: searchExercises,
  get: getExercise,
  getMany: getManyExercises,
  save: saveExercise,
  usage: exerciseUsage,
  importFromProgram: importExercises,
} satisfies TRPCRouterRecord;
