/** Request and response schemas of the admin exercise library router. */
import { z } from "zod";

import { exerciseSchema } from "@phasewise/domain";

const ZSlug = z
  .string("Choose an exercise")
  .trim()
  .min(1, "Choose an exercise")
  .max(64, "Exercise slugs are at most 64 characters");

const ZQuery = z.string().trim().max(200, "Search with fewer than 200 characters").default("");

export const ZListExercisesRequest = z.object({
  query: ZQuery,
  page: z.int().min(1, "Pages start at 1").default(1),
  pageSize: z.int().min(1).max(100, "At most 100 per page").default(25),
});

export const ZSearchExercisesRequest = z.object({
  query: ZQuery,
  limit: z.int().min(1).max(200, "At most 200 results").default(20),
});

export const ZExerciseSlugRequest = z.object({ slug: ZSlug });

export const ZGetManyExercisesRequest = z.object({
  slugs: z
    .array(ZSlug, "Give a list of exercise slugs")
    .max(500, "Ask for at most 500 exercises at a time"),
});

export const ZSaveExerciseRequest = z.object({
  /** The revision being edited; null creates a new library entry. */
  revision: z.int("The revision must be a whole number").min(1).nullable(),
  exercise: exerciseSchema,
});

export const ZImportExercisesRequest = z.object({ programId: z.uuid("Choose a program") });

// Responses -------------------------------------------------------------------------------

const ZExerciseSummary = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
});

export const ZListExercisesResponse = z.object({
  items: z.array(
    ZExerciseSummary.extend({
      equipment: z.array(z.string()),
      revision: z.number(),
      updatedAt: z.date(),
      /** Programs whose draft prescribes it. */
      usedInDrafts: z.number(),
    }),
  ),
  total: z.number(),
  /** Exercises in program drafts that are not in the library yet, per program. */
  notInLibrary: z.array(z.object({ programId: z.string(), title: z.string(), count: z.number() })),
});

export const ZSearchExercisesResponse = z.array(ZExerciseSummary);

export const ZGetExerciseResponse = z.object({
  exercise: exerciseSchema,
  revision: z.number(),
  updatedAt: z.date(),
});

export const ZGetManyExercisesResponse = z.array(ZGetExerciseResponse);

export const ZSaveExerciseResponse = z.object({
  slug: z.string(),
  revision: z.number(),
  created: z.boolean(),
  changed: z.boolean(),
});

export const ZUsageResponse = z.object({
  drafts: z.array(
    z.object({
      programId: z.string(),
      slug: z.string(),
      title: z.string(),
      /** Sessions of the draft that prescribe it. */
      sessionKeys: z.array(z.string()),
      /** The draft carries its own copy; false when only prescriptions name it. */
      inProgram: z.boolean(),
      /** The draft's copy equals the library entry. */
      matchesLibrary: z.boolean(),
    }),
  ),
  versions: z.array(
    z.object({
      programId: z.string(),
      slug: z.string(),
      title: z.string(),
      version: z.number(),
      sessionKeys: z.array(z.string()),
    }),
  ),
});

export const ZImportExercisesResponse = z.object({
  imported: z.array(z.string()),
  skipped: z.array(z.object({ slug: z.string(), reason: z.string() })),
});
