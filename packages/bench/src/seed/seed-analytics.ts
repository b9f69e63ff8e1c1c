/**
 * The analytics data set: N customers of the Knee Pain Solution spread over the past year, seeded
 * set-based (INSERT … SELECT over generate_series, in one transaction), so 10,000 customers take
 * seconds. Each customer gets a plan drawn with a fixed `setseed`: when they enrolled, whether and
 * when they stopped, how faithfully they train and their baseline knee pain. From the plan come
 * their phase stints (each phase 2–6 weeks, the last one 30–90 days until the program is
 * complete), session logs at their adherence × the phase's recommendation, check-ins (baseline,
 * then a re-test at the end of each phase, pain falling phase by phase), a lifetime purchase (some
 * refunded) or a monthly/yearly membership (some canceled).
 */
import { and, eq, sql } from "drizzle-orm";

import type { Database, Executor } from "@phasewise/db/client";
import { seedCatalog, seedKneePainSolution } from "@phasewise/db";
import { programVersions } from "@phasewise/db/schema";
import { kneePainSolution } from "@phasewise/domain";

import { seedActivity } from "./seed-analytics-activity";
import { seedBilling } from "./seed-analytics-billing";

export interface AnalyticsSeedResult {
  programId: string;
  rows: Record<"users" | "stints" | "logs" | "checkIns" | "purchases" | "subscriptions", number>;
}

export async function seedAnalyticsData(
  db: Database,
  options: { customers: number; seed: number },
): Promise<AnalyticsSeedResult> {
  const result = await db.transaction(async (tx) => {
    const programId = await seedKneePainSolution(tx);
    await seedCatalog(tx, { id: programId, ...kneePainSolution });
    const [version] = await tx
      .select({ id: programVersions.id })
      .from(programVersions)
      .where(and(eq(programVersions.programId, programId), eq(programVersions.version, 1)));
    if (!version) throw new Error("The seeded program has no version 1");
    await tx.execute(sql`select setseed(${options.seed}::float8)`);
    await createPlan(tx, options.customers, version.id);
    const rows = {
      users: await insertPeople(tx, programId, version.id),
      ...(await seedActivity(tx, version.id)),
      ...(await seedBilling(tx, kneePainSolution.slug)),
    };
    return { programId, rows };
  });
  // Fresh statistics (and the visibility map, for index-only scans), as autovacuum would leave.
  await db.execute(sql`vacuum analyze`);
  return result;
}

/** `analytics_plan` (one row per customer) and `analytics_stints` (one per phase reached). */
async function createPlan(tx: Executor, customers: number, versionId: string) {
  await tx.execute(sql`
    create temp table analytics_plan on commit drop as
    select i, gen_random_uuid() as user_id, gen_random_uuid() as enrollment_id,
      now() - (1 + random() * 364) * interval '1 day' as enrolled_at,
      -- 45 % stop at some point, 3–120 days in.
      case when random() < 0.45 then 3 + random() * 117 end as quits_after_days,
      0.3 + random() * 0.85 as adherence,
      3 + floor(random() * 5)::int as base_pain,
      random() as buys, random() as plan_kind, random() as churn
    from generate_series(1, ${customers}::int) as i`);
  await tx.execute(sql`
    create temp table analytics_stints on commit drop as
    with phases as (
      select ph->>'key' as key, pos::int as pos, (ph->>'recommendedSessionsPerWeek')::int as rec,
        ph->'sessionKeys' as session_keys, count(*) over () as phase_count
      from ${programVersions} pv
      cross join lateral jsonb_array_elements(pv.document->'phases') with ordinality as x(ph, pos)
      where pv.id = ${versionId}::uuid
    ),
    drawn as (
      select p.*, ph.*,
        (extract(epoch from now() - p.enrolled_at) / 86400) as age_days,
        case when ph.pos = ph.phase_count then 30 + random() * 60 else 14 + random() * 28 end
          as duration
      from analytics_plan p cross join phases ph
    ),
    placed as (
      select d.*, least(d.age_days, coalesce(d.quits_after_days, d.age_days)) as horizon,
        coalesce(sum(d.duration) over (partition by d.i order by d.pos
          rows between unbounded preceding and 1 preceding), 0) as start_day
      from drawn d
    )
    select i, user_id, enrollment_id, enrolled_at, adherence, base_pain, key, pos, rec,
      session_keys, phase_count, start_day, least(start_day + duration, horizon) as end_day,
      start_day + duration <= horizon as completed,
      enrolled_at + start_day * interval '1 day' as started_at,
      enrolled_at + least(start_day + duration, horizon) * interval '1 day' as ended_at
    from placed
    where start_day < horizon`);
}

async function insertPeople(tx: Executor, programId: string, versionId: string) {
  const users = await tx.execute(sql`
    insert into users (id, email, name, email_verified, created_at)
    select user_id, 'analytics-' || i || '@bench.phasewise.local', 'Analytics customer ' || i,
      enrolled_at, enrolled_at - interval '1 hour'
    from analytics_plan`);
  await tx.execute(sql`
    insert into enrollments (id, user_id, program_id, program_version_id, current_phase_key,
      screening, started_at, completed_at)
    select distinct on (s.i) s.enrollment_id, s.user_id, ${programId}::uuid, ${versionId}::uuid,
      s.key, '{"answers": {}, "redFlags": [], "acknowledgedRedFlags": false}'::jsonb,
      s.enrolled_at, case when s.pos = s.phase_count and s.completed then s.ended_at end
    from analytics_stints s
    order by s.i, s.pos desc`);
  await tx.execute(sql`
    insert into phase_progress (enrollment_id, user_id, phase_key, started_at, completed_at)
    select enrollment_id, user_id, key, started_at, case when completed then ended_at end
    from analytics_stints`);
  return users.count;
}
