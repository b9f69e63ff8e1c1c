/**
 * analytics.adherence: per phase, completed sessions per week against the phase's recommended
 * sessions per week, over each customer's time in the phase inside the range. One statement.
 *
 * A stint in a phase runs from its start (or the range's start) until the phase was completed,
 * or — while still in it — until now, but no later than a week after the customer's last session
 * in the phase (so customers who stopped are not measured for months of silence: the funnel
 * counts them as dropped). Stints with less than a week inside the range are left out.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";

import { enrollments, phaseProgress, sessionLogs } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import {
  phaseColumns,
  phasesCte,
  programCte,
  rangeStart,
  runAnalyticsQuery,
  splitPhaseRows,
  versionPhasesCte,
} from "./analytics-sql";
import { ZAdherenceResponse, ZRangeRequest } from "./analytics.types";

const ZRow = z.object({
  ...phaseColumns,
  recommendedPerWeek: z.coerce.number().nullable(),
  stints: z.coerce.number(),
  averageSessionsPerWeek: z.coerce.number().nullable(),
  averagePercent: z.coerce.number().nullable(),
  under50: z.coerce.number(),
  from50to99: z.coerce.number(),
  atLeast100: z.coerce.number(),
});

export const getAdherence = adminProcedure
  .input(ZRangeRequest)
  .output(ZAdherenceResponse)
  .query(async ({ ctx, input }) => {
    const since = rangeStart(input.days);
    const rows = await runAnalyticsQuery(
      ctx.db,
      sql`
      with ${programCte(input.programId)},
      ${phasesCte},
      ${versionPhasesCte},
      logs as (
        select l.enrollment_id, l.phase_key,
          count(*) filter (where l.completed and l.ended_at >= ${since}) as sessions,
          max(l.ended_at) as last_at
        from ${sessionLogs} l
        where l.ended_at >= ${since} - interval '7 days'
        group by l.enrollment_id, l.phase_key
      ),
      stints as (
        select pp.phase_key, vp.recommended, coalesce(lg.sessions, 0) as sessions,
          greatest(pp.started_at, ${since}) as window_start,
          coalesce(pp.completed_at, e.completed_at,
            least(now(), greatest(pp.started_at, lg.last_at) + interval '7 days')) as window_end
        from ${phaseProgress} pp
        join ${enrollments} e on e.id = pp.enrollment_id
        join program on e.program_id = program.id
        join version_phases vp on vp.version_id = e.program_version_id and vp.key = pp.phase_key
        left join logs lg on lg.enrollment_id = pp.enrollment_id and lg.phase_key = pp.phase_key
        -- The first test alone reaches the scan of phase_progress: most past stints skip the joins.
        where (pp.completed_at is null or pp.completed_at > ${since})
          and coalesce(pp.completed_at, e.completed_at, now()) > ${since}
      ),
      rated as materialized (
        select phase_key, per_week, per_week / recommended as ratio
        from stints
        cross join lateral (select sessions::float8
          / (date_part('epoch', window_end - window_start) / 604800) as per_week) as rate
        where window_end - window_start >= interval '7 days'
      ),
      per_phase as (
        select phase_key as key, count(*) as stints,
          avg(per_week) as per_week,
          avg(ratio) * 100 as percent,
          count(*) filter (where ratio < 0.5) as under50,
          count(*) filter (where ratio >= 0.5 and ratio < 1) as from50to99,
          count(*) filter (where ratio >= 1) as at_least100
        from rated
        group by phase_key
      )
      select program.id as "programId", program.title as "programTitle",
        ph.key, ph.title, ph.position,
        ph.recommended as "recommendedPerWeek",
        coalesce(r.stints, 0)::int as stints,
        round(r.per_week::numeric, 2)::float8 as "averageSessionsPerWeek",
        round(r.percent::numeric, 1)::float8 as "averagePercent",
        coalesce(r.under50, 0)::int as under50,
        coalesce(r.from50to99, 0)::int as "from50to99",
        coalesce(r.at_least100, 0)::int as "atLeast100"
      from program
      left join phases ph on true
      left join per_phase r on r.key = ph.key
      order by ph.position, ph.key`,
    );
    const parsed = z.array(ZRow).parse(rows);
    return { ...splitPhaseRows(parsed), days: input.days };
  });
