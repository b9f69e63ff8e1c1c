/**
 * analytics.funnel: of the enrolments started in the range, how many reached and completed each
 * phase, how many are still in it (active) or dropped there (inactive for INACTIVE_DAYS days),
 * and how many completed the program. One statement.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";

import { enrollments, phaseProgress } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import {
  phaseColumns,
  phasesCte,
  programCte,
  rangeStart,
  recentlyActiveCte,
  runAnalyticsQuery,
  splitPhaseRows,
} from "./analytics-sql";
import { INACTIVE_DAYS, ZFunnelResponse, ZRangeRequest } from "./analytics.types";

const ZRow = z.object({
  ...phaseColumns,
  reached: z.coerce.number(),
  completed: z.coerce.number(),
  inProgress: z.coerce.number(),
  dropped: z.coerce.number(),
  enrolled: z.coerce.number(),
  completedProgram: z.coerce.number(),
});

export const getFunnel = adminProcedure
  .input(ZRangeRequest)
  .output(ZFunnelResponse)
  .query(async ({ ctx, input }) => {
    const rows = await runAnalyticsQuery(
      ctx.db,
      sql`
      with ${programCte(input.programId)},
      ${phasesCte},
      ${recentlyActiveCte},
      cohort as materialized (
        select e.id, e.completed_at, ra.id is not null as active
        from ${enrollments} e
        join program on e.program_id = program.id
        left join recently_active ra on ra.id = e.id
        where e.started_at >= ${rangeStart(input.days)}
      ),
      per_phase as (
        select pp.phase_key as key,
          count(*) as reached,
          count(*) filter (where pp.completed_at is not null or c.completed_at is not null)
            as completed,
          count(*) filter (where pp.completed_at is null and c.completed_at is null
            and c.active) as in_progress,
          count(*) filter (where pp.completed_at is null and c.completed_at is null
            and not c.active) as dropped
        from ${phaseProgress} pp
        join cohort c on c.id = pp.enrollment_id
        group by pp.phase_key
      )
      select program.id as "programId", program.title as "programTitle",
        ph.key, ph.title, ph.position,
        coalesce(f.reached, 0)::int as reached,
        coalesce(f.completed, 0)::int as completed,
        coalesce(f.in_progress, 0)::int as "inProgress",
        coalesce(f.dropped, 0)::int as dropped,
        (select count(*) from cohort)::int as enrolled,
        (select count(*) from cohort where completed_at is not null)::int as "completedProgram"
      from program
      left join phases ph on true
      left join per_phase f on f.key = ph.key
      order by ph.position, ph.key`,
    );
    const parsed = z.array(ZRow).parse(rows);
    return {
      ...splitPhaseRows(parsed),
      days: input.days,
      inactiveDays: INACTIVE_DAYS,
      enrolled: parsed[0]?.enrolled ?? 0,
      completedProgram: parsed[0]?.completedProgram ?? 0,
    };
  });
