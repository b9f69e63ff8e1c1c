/**
 * analytics.painChange: per phase, how knee pain at the latest re-test taken in that phase (in
 * the range) compares with the customer's baseline check-in: average and median change, the
 * averages before and after, and how many improved. Knee pain is the mean of the check-in's pain
 * items (0–10); negative changes are improvements. One statement.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";

import { adminProcedure } from "../../../trpc";
import {
  painChangeCtes,
  phaseColumns,
  phasesCte,
  programCte,
  rangeStart,
  runAnalyticsQuery,
  splitPhaseRows,
} from "./analytics-sql";
import { ZPainChangeResponse, ZRangeRequest } from "./analytics.types";

const ZRow = z.object({
  ...phaseColumns,
  customers: z.coerce.number(),
  averageBaseline: z.coerce.number().nullable(),
  averageLatest: z.coerce.number().nullable(),
  averageChange: z.coerce.number().nullable(),
  medianChange: z.coerce.number().nullable(),
  improved: z.coerce.number(),
});

export const getPainChange = adminProcedure
  .input(ZRangeRequest)
  .output(ZPainChangeResponse)
  .query(async ({ ctx, input }) => {
    const since = rangeStart(input.days);
    const rows = await runAnalyticsQuery(
      ctx.db,
      sql`
      with ${programCte(input.programId)},
      ${phasesCte},
      ${painChangeCtes({ since, perPhase: true })},
      per_phase as (
        select phase_key as key, count(*) as customers, avg(before) as before, avg(after) as after,
          avg(change) as change,
          percentile_cont(0.5) within group (order by change) as median,
          count(*) filter (where change < 0) as improved
        from changes
        group by phase_key
      )
      select program.id as "programId", program.title as "programTitle",
        ph.key, ph.title, ph.position,
        coalesce(r.customers, 0)::int as customers,
        round(r.before::numeric, 2)::float8 as "averageBaseline",
        round(r.after::numeric, 2)::float8 as "averageLatest",
        round(r.change::numeric, 2)::float8 as "averageChange",
        round(r.median::numeric, 2)::float8 as "medianChange",
        coalesce(r.improved, 0)::int as improved
      from program
      left join phases ph on true
      left join per_phase r on r.key = ph.key
      order by ph.position, ph.key`,
    );
    const parsed = z.array(ZRow).parse(rows);
    return { ...splitPhaseRows(parsed), days: input.days };
  });
