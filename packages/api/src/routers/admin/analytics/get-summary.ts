/**
 * analytics.summary: the program's headline figures — enrolments, customers active in the last
 * INACTIVE_DAYS days, completed programs, and the average change of knee pain from baseline to
 * each customer's latest re-test taken in the range. One statement.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";

import { enrollments } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import {
  painChangeCtes,
  programColumns,
  programCte,
  rangeStart,
  recentlyActiveCte,
  requireProgram,
  runAnalyticsQuery,
} from "./analytics-sql";
import { ZRangeRequest, ZSummaryResponse } from "./analytics.types";

const ZRow = z.object({
  ...programColumns,
  enrolled: z.coerce.number(),
  activeCustomers: z.coerce.number(),
  completedProgram: z.coerce.number(),
  averagePainChange: z.coerce.number().nullable(),
  painSample: z.coerce.number(),
});

export const getSummary = adminProcedure
  .input(ZRangeRequest)
  .output(ZSummaryResponse)
  .query(async ({ ctx, input }) => {
    const since = rangeStart(input.days);
    const rows = await runAnalyticsQuery(
      ctx.db,
      sql`
      with ${programCte(input.programId)},
      ${recentlyActiveCte},
      ${painChangeCtes({ since, perPhase: false })},
      people as (
        select count(*) as enrolled,
          count(*) filter (where e.completed_at is null and ra.id is not null) as active,
          count(*) filter (where e.completed_at is not null) as completed
        from ${enrollments} e
        join program on e.program_id = program.id
        left join recently_active ra on ra.id = e.id
      )
      select program.id as "programId", program.title as "programTitle",
        people.enrolled::int as enrolled,
        people.active::int as "activeCustomers",
        people.completed::int as "completedProgram",
        (select round(avg(change)::numeric, 2)::float8 from changes) as "averagePainChange",
        (select count(*) from changes)::int as "painSample"
      from program cross join people`,
    );
    const parsed = z.array(ZRow).parse(rows);
    const program = requireProgram(parsed);
    const row = parsed[0];
    return {
      program,
      days: input.days,
      enrolled: row?.enrolled ?? 0,
      activeCustomers: row?.activeCustomers ?? 0,
      completedProgram: row?.completedProgram ?? 0,
      averagePainChange: row?.averagePainChange ?? null,
      painSample: row?.painSample ?? 0,
    };
  });
