/**
 * analytics.customersPerPhase: enrolments not yet completed, by their current phase, split into
 * active and inactive (no activity for INACTIVE_DAYS days). One statement.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";

import { enrollments } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import {
  phaseColumns,
  phasesCte,
  programCte,
  recentlyActiveCte,
  runAnalyticsQuery,
  splitPhaseRows,
} from "./analytics-sql";
import { INACTIVE_DAYS, ZCustomersPerPhaseResponse, ZProgramRequest } from "./analytics.types";

const ZRow = z.object({
  ...phaseColumns,
  customers: z.coerce.number(),
  active: z.coerce.number(),
  completedProgram: z.coerce.number(),
});

export const getCustomersPerPhase = adminProcedure
  .input(ZProgramRequest)
  .output(ZCustomersPerPhaseResponse)
  .query(async ({ ctx, input }) => {
    const rows = await runAnalyticsQuery(
      ctx.db,
      sql`
      with ${programCte(input.programId)},
      ${phasesCte},
      ${recentlyActiveCte},
      current_phase as (
        select e.current_phase_key as key, ra.id is not null as active
        from ${enrollments} e
        join program on e.program_id = program.id
        left join recently_active ra on ra.id = e.id
        where e.completed_at is null
      )
      select program.id as "programId", program.title as "programTitle",
        ph.key, ph.title, ph.position,
        count(c.key)::int as customers,
        count(c.key) filter (where c.active)::int as active,
        (select count(*) from ${enrollments} e
          where e.program_id = program.id and e.completed_at is not null)::int as "completedProgram"
      from program
      left join phases ph on true
      left join current_phase c on c.key = ph.key
      group by program.id, program.title, ph.key, ph.title, ph.position
      order by ph.position, ph.key`,
    );
    const parsed = z.array(ZRow).parse(rows);
    return {
      ...splitPhaseRows(parsed),
      inactiveDays: INACTIVE_DAYS,
      completedProgram: parsed[0]?.completedProgram ?? 0,
    };
  });
