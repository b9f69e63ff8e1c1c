/**
 * Session logs and check-ins of the analytics data set, from the plan's stints (see
 * seed-analytics.ts): set-based INSERT … SELECT, inside the seeding transaction.
 */
import { sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { programVersions } from "@phasewise/db/schema";

export async function seedActivity(tx: Executor, versionId: string) {
  // Sessions at the customer's adherence × the phase's recommendation, evenly over the stint;
  // pain during eases phase by phase and within each phase.
  const logs = await tx.execute(sql`
    with planned as (
      select s.*, round((s.end_day - s.start_day) / 7.0 * s.rec * s.adherence)::int as sessions
      from analytics_stints s
    )
    insert into session_logs (client_id, user_id, enrollment_id, phase_key, session_key, completed,
      entries, pain_before, pain_during, pain_after, difficulty, started_at, ended_at)
    select gen_random_uuid(), p.user_id, p.enrollment_id, p.key,
      p.session_keys->>(k % jsonb_array_length(p.session_keys)), random() < 0.93, '[]'::jsonb,
      pain.value, pain.value, greatest(pain.value - 1, 0), 2 + floor(random() * 3)::int,
      at.value - interval '25 minutes', at.value
    from planned p
    cross join lateral generate_series(0, p.sessions - 1) as k
    cross join lateral (select p.started_at + (k + 0.5) * (p.end_day - p.start_day) / p.sessions
      * interval '1 day' as value) as at
    cross join lateral (select least(10, greatest(0, round(p.base_pain - (p.pos - 1)
      - k::float8 / p.sessions + random() * 2 - 1)))::int as value) as pain
    -- In time order, as a live database receives them.
    order by at.value`);

  // A baseline at enrolment; a re-test near the end of each completed phase and of any phase
  // the customer has spent more than two weeks in.
  const checkIns = await tx.execute(sql`
    with items as (
      select item, ord
      from ${programVersions} pv
      cross join lateral jsonb_array_elements(pv.document->'assessments') as a
      cross join lateral jsonb_array_elements(a->'items') with ordinality as x(item, ord)
      where pv.id = ${versionId}::uuid and a->>'key' = pv.document->>'baselineAssessmentKey'
    ),
    taken as (
      select user_id, enrollment_id, null::text as phase_key, enrolled_at as taken_at,
        base_pain::float8 as pain
      from analytics_plan
      union all
      select user_id, enrollment_id, key, ended_at - interval '1 day',
        greatest(0, base_pain - pos * (0.4 + random() * 0.8))
      from analytics_stints
      where completed or end_day - start_day > 14
    )
    insert into assessment_results (client_id, user_id, enrollment_id, assessment_key, phase_key,
      values, taken_at)
    select gen_random_uuid(), t.user_id, t.enrollment_id,
      (select pv.document->>'baselineAssessmentKey' from ${programVersions} pv
        where pv.id = ${versionId}::uuid),
      t.phase_key,
      (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
          'itemKey', i.item->>'key',
          'side', side,
          'value', case when i.item->>'kind' = 'pain'
            then least(10, greatest(0, round(t.pain + random() - 0.5)))
            else round((i.item->'range'->>'min')::float8 + random() * 0.4
              * ((i.item->'range'->>'max')::float8 - (i.item->'range'->>'min')::float8)) end
        )) order by i.ord, side)
        from items i
        cross join lateral unnest(case when (i.item->>'perSide')::boolean
          then array['left', 'right'] else array[null::text] end) as side),
      t.taken_at
    from taken t
    order by t.taken_at`);
  const stints = await tx.execute(sql`select count(*)::int as count from analytics_stints`);
  return {
    stints: Number(stints[0]?.count ?? 0),
    logs: logs.count,
    checkIns: checkIns.count,
  };
}
