/**
 * How many customers may open a program but have not started it: they keep that access when the
 * program is archived, so the archive confirm step counts them next to the enrolled ones. One
 * query for any number of programs (the customers who could have access, with their purchases,
 * subscriptions and grants); the domain's `entitlements` decides, as for the customers themselves.
 */
import { sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { SubscriptionStatus } from "@phasewise/domain";
import { entitlements, findProgramAccess } from "@phasewise/domain";

import { pastDueGraceDays } from "../../../access/load-entitlements";

interface CandidateRow extends Record<string, unknown> {
  enrolledIn: string[];
  purchases: { id: string; programId: string }[];
  subscriptions: {
    id: string;
    status: string;
    currentPeriodEnd: string | null;
    cancelAtPeriodEnd: boolean;
    trialEnd: string | null;
    pastDueSince: string | null;
  }[];
  grants: {
    id: string;
    programId: string | null;
    grantedAt: string;
    expiresAt: string | null;
    revokedAt: string | null;
  }[];
}

const toDate = (value: string | null) => (value ? new Date(value) : null);

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
      coalesce((select json_agg(json_build_object('id', p.id, 'programId', p.program_id))
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
    const access = entitlements({
      purchases: row.purchases.map((purchase) => ({ ...purchase, status: "paid" as const })),
      subscriptions: row.subscriptions.map((subscription) => ({
        id: subscription.id,
        programId: null,
        status: subscription.status as SubscriptionStatus,
        currentPeriodEnd: toDate(subscription.currentPeriodEnd) ?? now,
        cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
        trialEnd: toDate(subscription.trialEnd),
        pastDueSince: toDate(subscription.pastDueSince),
      })),
      grants: row.grants.map((grant) => ({
        id: grant.id,
        programId: grant.programId,
        grantedAt: new Date(grant.grantedAt),
        expiresAt: toDate(grant.expiresAt),
        revokedAt: toDate(grant.revokedAt),
      })),
      now,
      pastDueGraceDays,
    });
    if (access.length === 0) continue;
    for (const programId of programIds) {
      if (row.enrolledIn.includes(programId)) continue;
      if (findProgramAccess(access, programId))
        counts.set(programId, (counts.get(programId) ?? 0) + 1);
    }
  }
  return counts;
}
