/**
 * How many customers may open a program but have not started it: they keep that access when the
 * program is archived, so the archive confirm step counts them next to the enrolled ones. One
 * query for any number of programs (the customers who could have access, with their purchases,
 * subscriptions and grants); the domain's `entitlements` decides, as for the customers themselves.
 */
import { sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { findProgramAccess } from "@phasewise/domain";

import type { AccessRows } from "../../../access/load-entitlements";
import { entitlementsFromRows } from "../../../access/load-entitlements";

interface CandidateRow extends AccessRows, Record<string, unknown> {
  enrolledIn: string[];
}

/** Program id → customers with access to it and no enrolment in it. */
export async function countWithAccessNotStarted(
  db: Executor,
  programIds: readonly string[],
  now = new Date(),
): Promise<Map<string, number>> {
  const counts = new Map(programIds.map((id) => [id, 0]));
  if (programIds.length === 0) return counts;
  const ids = sql.join(
    programIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  // Candidates only (a paid purchase or grant of one of these programs, a grant of all programs,
  // any subscription): the domain then says who has access right now.
  const rows = await db.execute<CandidateRow>(sql`
    select
      coalesce((select json_agg(e.program_id) from enrollments e where e.user_id = c.user_id),
        '[]'::json) as "enrolledIn",
      coalesce((select json_agg(json_build_object('id', p.id, 'programId', p.program_id, 'status', p.status))
        from purchases p where p.user_id = c.user_id and p.status = 'paid'
          and p.program_id in (${ids})), '[]'::json) as purchases,
      coalesce((select json_agg(json_build_object(
          'id', s.id, 'status', s.status, 'currentPeriodEnd', s.current_period_end,
          'cancelAtPeriodEnd', s.cancel_at_period_end, 'trialEnd', s.trial_end,
          'pastDueSince', s.past_due_since))
        from subscriptions s where s.user_id = c.user_id), '[]'::json) as subscriptions,
      coalesce((select json_agg(json_build_object(
          'id', g.id, 'programId', g.program_id, 'grantedAt', g.granted_at,
          'expiresAt', g.expires_at, 'revokedAt', g.revoked_at))
        from access_grants g where g.user_id = c.user_id
          and (g.program_id is null or g.program_id in (${ids}))), '[]'::json) as grants
    from (
      select user_id from purchases where status = 'paid' and program_id in (${ids})
      union select user_id from subscriptions
        where status not in ('canceled', 'incomplete', 'incomplete_expired')
      union select user_id from access_grants where program_id is null or program_id in (${ids})
    ) c`);

  for (const row of rows) {
    const access = entitlementsFromRows(row, now);
    if (access.length === 0) continue;
    for (const programId of programIds) {
      if (row.enrolledIn.includes(programId)) continue;
      if (findProgramAccess(access, programId))
        counts.set(programId, (counts.get(programId) ?? 0) + 1);
    }
  }
  return counts;
}
