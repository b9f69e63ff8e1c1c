/**
 * Reads a customer's purchases, subscriptions and grants in ONE query and lets the domain decide
 * what they may open. Access is always derived here, never stored as a flag.
 */
import { sql } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type {
  Entitlement,
  GrantRecord,
  PurchaseRecord,
  SubscriptionRecord,
  SubscriptionStatus,
} from "@phasewise/domain";
import { entitlements } from "@phasewise/domain";

/** How long a past_due subscription keeps access after the failed payment. */
export const pastDueGraceDays = 7;

/** A customer's billing rows as the access queries read them (json, so dates are strings). */
export interface AccessRows {
  purchases: { id: string; programId: string | null; status: string }[];
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

/**
 * The customer's entitlements and, when `programSlug` is given, that program's id — one query,
 * because every entitled request needs both.
 */
export async function loadProgramAccess(
  db: Executor,
  userId: string,
  programSlug: string | null,
  now = new Date(),
) {
  const result = await db.execute<{ programId: string | null; access: AccessRows }>(sql`
    select (select id from programs where slug = ${programSlug}) as "programId",
    json_build_object(
      'purchases', coalesce((select json_agg(json_build_object(
          'id', p.id, 'programId', p.program_id, 'status', p.status))
        from purchases p where p.user_id = ${userId}), '[]'::json),
      'subscriptions', coalesce((select json_agg(json_build_object(
          'id', s.id, 'status', s.status, 'currentPeriodEnd', s.current_period_end,
          'cancelAtPeriodEnd', s.cancel_at_period_end, 'trialEnd', s.trial_end,
          'pastDueSince', s.past_due_since))
        from subscriptions s where s.user_id = ${userId}), '[]'::json),
      'grants', coalesce((select json_agg(json_build_object(
          'id', g.id, 'programId', g.program_id, 'grantedAt', g.granted_at,
          'expiresAt', g.expires_at, 'revokedAt', g.revoked_at))
        from access_grants g where g.user_id = ${userId}), '[]'::json)
    ) as access`);
  const rows = result[0]?.access ?? { purchases: [], subscriptions: [], grants: [] };
  const programId = result[0]?.programId ?? null;

  return { programId, entitlements: entitlementsFromRows(rows, now) };
}

/** The domain's entitlements over rows read as `AccessRows`. */
export function entitlementsFromRows(rows: AccessRows, now: Date): Entitlement[] {
  const purchases: PurchaseRecord[] = rows.purchases.flatMap((purchase) =>
    purchase.programId && (purchase.status === "paid" || purchase.status === "refunded")
      ? [{ id: purchase.id, programId: purchase.programId, status: purchase.status }]
      : [],
  );
  const subscriptions: SubscriptionRecord[] = rows.subscriptions.map((subscription) => ({
    id: subscription.id,
    programId: null,
    status: subscription.status as SubscriptionStatus,
    currentPeriodEnd: toDate(subscription.currentPeriodEnd) ?? now,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
    trialEnd: toDate(subscription.trialEnd),
    pastDueSince: toDate(subscription.pastDueSince),
  }));
  const grants: GrantRecord[] = rows.grants.map((grant) => ({
    id: grant.id,
    programId: grant.programId,
    grantedAt: new Date(grant.grantedAt),
    expiresAt: toDate(grant.expiresAt),
    revokedAt: toDate(grant.revokedAt),
  }));
  return entitlements({ purchases, subscriptions, grants, now, pastDueGraceDays });
}

export type { Entitlement };
