/**
 * `entitlements`: which programs a customer may open right now, why, and until when. Every way
 * of gaining or losing access — purchases, refunds, subscriptions in any Stripe state, admin
 * grants — is decided here so the web app, API and emails agree.
 *
 * Subscription rules: `active` and `trialing` are trusted while Stripe says so (a late renewal
 * webhook must not lock a paying customer out); cancelling at period end keeps access until the
 * period (or trial) ends; `past_due` keeps access for a grace period after the failed payment;
 * `unpaid`, `canceled`, `incomplete`, `incomplete_expired` and `paused` give none.
 */

export interface PurchaseRecord {
  id: string;
  programId: string;
  status: "pending" | "paid" | "refunded";
}

export type SubscriptionStatus =
  | "incomplete"
  | "incomplete_expired"
  | "trialing"
  | "active"
  | "past_due"
  | "canceled"
  | "unpaid"
  | "paused";

export interface SubscriptionRecord {
  id: string;
  /** `null` for a membership that covers every program. */
  programId: string | null;
  status: SubscriptionStatus;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  trialEnd?: Date | null;
  /** When the renewal payment first failed; the period end is assumed when unknown. */
  pastDueSince?: Date | null;
}

export interface GrantRecord {
  id: string;
  /** `null` grants every program. */
  programId: string | null;
  grantedAt?: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

export type EntitlementReason =
  | "lifetime-purchase"
  | "subscription-active"
  | "subscription-trialing"
  | "subscription-grace"
  | "subscription-ending"
  | "admin-grant";

export type EntitlementScope = { scope: "program"; programId: string } | { scope: "all-programs" };

export type Entitlement = EntitlementScope & {
  reason: EntitlementReason;
  /** `null` means no end date (lifetime, or a renewing subscription without a known end). */
  until: Date | null;
  /** Id of the purchase, subscription or grant that gives access. */
  sourceId: string;
};

export interface EntitlementsInput {
  purchases: readonly PurchaseRecord[];
  subscriptions: readonly SubscriptionRecord[];
  grants: readonly GrantRecord[];
  now: Date;
  pastDueGraceDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function scopeOf(programId: string | null): EntitlementScope {
  return programId === null ? { scope: "all-programs" } : { scope: "program", programId };
}

function judgeSubscription(
  subscription: SubscriptionRecord,
  now: Date,
  graceDays: number,
): { reason: EntitlementReason; until: Date } | undefined {
  const periodEnd = subscription.currentPeriodEnd;
  switch (subscription.status) {
    case "active":
    case "trialing": {
      const end =
        subscription.status === "trialing" ? (subscription.trialEnd ?? periodEnd) : periodEnd;
      if (subscription.cancelAtPeriodEnd) {
        return now < end ? { reason: "subscription-ending", until: end } : undefined;
      }
      const reason =
        subscription.status === "active" ? "subscription-active" : "subscription-trialing";
      return { reason, until: end };
    }
    case "past_due": {
      const failedAt = subscription.pastDueSince ?? periodEnd;
      const graceEnd = new Date(failedAt.getTime() + Math.max(0, graceDays) * DAY_MS);
      return now < graceEnd ? { reason: "subscription-grace", until: graceEnd } : undefined;
    }
    case "incomplete":
    case "incomplete_expired":
    case "canceled":
    case "unpaid":
    case "paused":
      return undefined;
  }
}

export function entitlements(input: EntitlementsInput): Entitlement[] {
  const { now } = input;
  const result: Entitlement[] = [];

  for (const purchase of input.purchases) {
    if (purchase.status !== "paid") continue;
    result.push({
      ...scopeOf(purchase.programId),
      reason: "lifetime-purchase",
      until: null,
      sourceId: purchase.id,
    });
  }
  for (const subscription of input.subscriptions) {
    const judged = judgeSubscription(subscription, now, input.pastDueGraceDays);
    if (judged)
      result.push({ ...scopeOf(subscription.programId), ...judged, sourceId: subscription.id });
  }
  for (const grant of input.grants) {
    if (grant.revokedAt !== null && grant.revokedAt <= now) continue;
    if (grant.expiresAt !== null && grant.expiresAt <= now) continue;
    if (grant.grantedAt !== undefined && grant.grantedAt > now) continue;
    result.push({
      ...scopeOf(grant.programId),
      reason: "admin-grant",
      until: grant.expiresAt,
      sourceId: grant.id,
    });
  }
  return result;
}

function covers(entitlement: Entitlement, programId: string): boolean {
  return entitlement.scope === "all-programs" || entitlement.programId === programId;
}

export function canAccessProgram(list: readonly Entitlement[], programId: string): boolean {
  return list.some((entitlement) => covers(entitlement, programId));
}

/** The entitlement that lasts longest for a program, e.g. to show "Access until 3 May". */
export function findProgramAccess(
  list: readonly Entitlement[],
  programId: string,
): Entitlement | undefined {
  const lastsLonger = (a: Entitlement, b: Entitlement) =>
    a.until === null ? b.until !== null : b.until !== null && a.until > b.until;
  return list
    .filter((entitlement) => covers(entitlement, programId))
    .reduce<Entitlement | undefined>(
      (best, candidate) => (best === undefined || lastsLonger(candidate, best) ? candidate : best),
      undefined,
    );
}
