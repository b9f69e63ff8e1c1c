/**
 * Correctness on the big data set: figures of the analytics procedures against plain counts
 * written without the procedures' CTEs. A mismatch fails the part.
 */
import { sql } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";

import type { AdminCaller } from "../api/admin-caller";
import type { Report } from "../report/report";

export async function crossCheckAnalytics(report: Report, db: Database, caller: AdminCaller) {
  const [perPhase, funnel, revenue, plain] = await Promise.all([
    caller.analytics.customersPerPhase({}),
    caller.analytics.funnel({ days: 1825 }),
    caller.analytics.revenue({ months: 13 }),
    db.execute<{ open: number; all: number; paid: number }>(sql`
      select
        (select count(*) from enrollments e join programs p on p.id = e.program_id
          where p.slug = 'knee-pain-solution' and e.completed_at is null)::int as open,
        (select count(*) from enrollments e join programs p on p.id = e.program_id
          where p.slug = 'knee-pain-solution')::int as all,
        (select coalesce(sum(amount), 0) from purchases
          where status in ('paid', 'refunded')
            and purchased_at >= (date_trunc('month', now() at time zone 'UTC')
              - interval '12 months') at time zone 'UTC')::float8 as paid`),
  ]);
  const scores = await countPainScoreMismatches(db);
  const counted = plain[0];
  if (!counted) throw new Error("The plain counts returned nothing");
  const checks = [
    {
      label: "customers per phase = open enrolments",
      got: perPhase.phases.reduce((sum, phase) => sum + phase.customers, 0),
      want: counted.open,
    },
    {
      label: "funnel enrolled (5 years) = all enrolments",
      got: funnel.enrolled,
      want: counted.all,
    },
    {
      label: "one-time revenue (13 months) = sum of paid purchases",
      got: revenue.months.reduce((sum, month) => sum + month.oneTime, 0),
      want: counted.paid,
    },
    {
      label: "check-ins whose stored pain score ≠ the mean of their pain items",
      got: scores.mismatches,
      want: 0,
    },
  ];
  for (const check of checks) {
    report.note(
      `check: ${check.label}: ${check.got} vs ${check.want} ${check.got === check.want ? "OK" : "MISMATCH"}`,
    );
  }
  const failed = checks.filter((check) => check.got !== check.want);
  if (failed.length > 0) {
    throw new Error(`Analytics cross-check failed: ${failed.map((c) => c.label).join("; ")}`);
  }
}

/**
 * Check-ins whose stored `pain_score` (set by the database's trigger) differs from the mean of
 * the pain items unpacked from `values` here, with the item kinds read from each enrolment's
 * version document: the JSON unpacking the analytics no longer do.
 */
async function countPainScoreMismatches(db: Database) {
  const [row] = await db.execute<{ mismatches: number }>(sql`
    with pain_items as (
      select pv.id as version_id, a->>'key' as assessment_key, item->>'key' as item_key
      from program_versions pv
      cross join lateral jsonb_array_elements(pv.document->'assessments') as a
      cross join lateral jsonb_array_elements(a->'items') as item
      where item->>'kind' = 'pain'
    ),
    unpacked as (
      select ar.id, ar.pain_score,
        (select avg((v->>'value')::float8) from jsonb_array_elements(ar.values) as v
          where exists (select 1 from pain_items pi where pi.version_id = e.program_version_id
            and pi.assessment_key = ar.assessment_key and pi.item_key = v->>'itemKey')) as mean
      from assessment_results ar
      join enrollments e on e.id = ar.enrollment_id
    )
    select count(*) filter (where (pain_score is null) <> (mean is null)
      or abs(pain_score - mean) > 1e-5)::int as mismatches
    from unpacked`);
  return { mismatches: row?.mismatches ?? -1 };
}
