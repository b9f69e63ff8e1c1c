/**
 * exercises.list (paged, with how many program drafts prescribe each, and which programs carry
 * exercises the library lacks) and exercises.search (a short list for pickers).
 */
import { and, asc, count, ilike, or, sql } from "drizzle-orm";
import { z } from "zod";

import type { Executor } from "@phasewise/db/client";
import { exercises, programs } from "@phasewise/db/schema";

import { likePattern } from "../../../search/like-pattern";
import { adminProcedure } from "../../../trpc";
import {
  ZListExercisesRequest,
  ZListExercisesResponse,
  ZSearchExercisesRequest,
  ZSearchExercisesResponse,
} from "./exercises.types";
import { prescribesExercise } from "./jsonpath";

function matching(query: string) {
  return query
    ? or(ilike(exercises.name, likePattern(query)), ilike(exercises.slug, likePattern(query)))
    : undefined;
}

const ZNotInLibraryRow = z.object({
  programId: z.string(),
  title: z.string(),
  count: z.coerce.number(),
});

/** Exercises that program drafts carry but the library does not, counted per program. */
async function countNotInLibrary(db: Executor) {
  const rows = await db.execute(sql`
    select p.id as "programId", p.title, count(distinct copy.slug #>> '{}') as count
    from ${programs} p
    cross join lateral jsonb_path_query(p.draft, '$.exercises[*].slug') as copy(slug)
    where jsonb_typeof(copy.slug) = 'string'
      and not exists (select 1 from ${exercises} x where x.slug = copy.slug #>> '{}')
    group by p.id, p.title
    order by p.title`);
  return z.array(ZNotInLibraryRow).parse(rows);
}

export const listExercises = adminProcedure
  .input(ZListExercisesRequest)
  .output(ZListExercisesResponse)
  .query(async ({ ctx, input }) => {
    const filter = matching(input.query);
    const usedInDrafts = ctx.db
      .select({ count: count() })
      .from(programs)
      .where(prescribesExercise(programs.draft, exercises.slug));
    const [items, totals, notInLibrary] = await Promise.all([
      ctx.db
        .select({
          slug: exercises.slug,
          name: exercises.name,
          document: exercises.document,
          revision: exercises.revision,
          updatedAt: exercises.updatedAt,
          usedInDrafts: sql<number>`(${usedInDrafts})::int`,
        })
        .from(exercises)
        .where(filter)
        .orderBy(asc(exercises.name), asc(exercises.slug))
        .limit(input.pageSize)
        .offset((input.page - 1) * input.pageSize),
      ctx.db.select({ total: count() }).from(exercises).where(filter),
      countNotInLibrary(ctx.db),
    ]);
    return {
      items: items.map(({ document, ...item }) => {
        const doc = document as { summary?: unknown; equipment?: unknown };
        return {
          ...item,
          summary: typeof doc.summary === "string" ? doc.summary : "",
          equipment: Array.isArray(doc.equipment) ? doc.equipment.map(String) : [],
        };
      }),
      total: totals[0]?.total ?? 0,
      notInLibrary,
    };
  });

export const searchExercises = adminProcedure
  .input(ZSearchExercisesRequest)
  .output(ZSearchExercisesResponse)
  .query(async ({ ctx, input }) => {
    const rows = await ctx.db
      .select({
        slug: exercises.slug,
        name: exercises.name,
        summary: sql<string>`coalesce(${exercises.document}->>'summary', '')`,
      })
      .from(exercises)
      .where(and(matching(input.query)))
      .orderBy(asc(exercises.name), asc(exercises.slug))
      .limit(input.limit);
    return rows;
  });
