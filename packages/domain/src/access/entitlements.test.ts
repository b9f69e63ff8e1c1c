import { describe, expect, it } from "vitest";

import type { EntitlementsInput, SubscriptionRecord } from "./entitlements";
import { canAccessProgram, entitlements, findProgramAccess } from "./entitlements";

const now = new Date("2025-06-15T12:00:00Z");
const at = (iso: string) => new Date(iso);

function input(overrides: Partial<EntitlementsInput>): EntitlementsInput {
  return { purchases: [], subscriptions: [], grants: [], now, pastDueGraceDays: 7, ...overrides };
}

function subscription(overrides: Partial<SubscriptionRecord>): SubscriptionRecord {
  return {
    id: "sub_1",
    programId: null,
    status: "active",
    currentPeriodEnd: at("2025-07-01T00:00:00Z"),
    cancelAtPeriodEnd: false,
    ...overrides,
  };
}

function reasonsFor(overrides: Partial<EntitlementsInput>): string[] {
  return entitlements(input(overrides)).map((entitlement) => entitlement.reason);
}

describe("entitlements — purchases", () => {
  it("gives lifetime access to a paid program, and none once refunded or still pending", () => {
    const list = entitlements(
      input({
        purchases: [
          { id: "pur_1", programId: "knee", status: "paid" },
          { id: "pur_2", programId: "back", status: "refunded" },
          { id: "pur_3", programId: "hip", status: "pending" },
        ],
      }),
    );
    expect(list).toEqual([
      {
        scope: "program",
        programId: "knee",
        reason: "lifetime-purchase",
        until: null,
        sourceId: "pur_1",
      },
    ]);
    expect(canAccessProgram(list, "knee")).toBe(true);
    expect(canAccessProgram(list, "back")).toBe(false);
    expect(canAccessProgram(list, "hip")).toBe(false);
  });
});

describe("entitlements — subscriptions", () => {
  it("opens every program while a membership is active or trialing", () => {
    const active = entitlements(input({ subscriptions: [subscription({})] }));
    expect(active).toMatchObject([
      { scope: "all-programs", reason: "subscription-active", until: at("2025-07-01T00:00:00Z") },
    ]);
    expect(canAccessProgram(active, "any-program")).toBe(true);

    const trialEnd = at("2025-06-20T00:00:00Z");
    expect(
      entitlements(input({ subscriptions: [subscription({ status: "trialing", trialEnd })] })),
    ).toMatchObject([{ reason: "subscription-trialing", until: trialEnd }]);
  });

  it("keeps access until the period ends after a cancel-at-period-end, then stops", () => {
    const ending = subscription({ cancelAtPeriodEnd: true });
    expect(entitlements(input({ subscriptions: [ending] }))).toMatchObject([
      { reason: "subscription-ending", until: at("2025-07-01T00:00:00Z") },
    ]);
    expect(reasonsFor({ subscriptions: [ending], now: at("2025-07-01T00:00:01Z") })).toEqual([]);
  });

  it("keeps a past-due subscription open for the grace period after the failed payment", () => {
    const pastDue = subscription({
      status: "past_due",
      pastDueSince: at("2025-06-10T00:00:00Z"),
    });
    expect(entitlements(input({ subscriptions: [pastDue] }))).toMatchObject([
      { reason: "subscription-grace", until: at("2025-06-17T00:00:00Z") },
    ]);
    expect(reasonsFor({ subscriptions: [pastDue], now: at("2025-06-17T00:00:00Z") })).toEqual([]);
    expect(reasonsFor({ subscriptions: [pastDue], pastDueGraceDays: 0 })).toEqual([]);
  });

  it("measures the grace period from the period end when the failure time is unknown", () => {
    const pastDue = subscription({
      status: "past_due",
      currentPeriodEnd: at("2025-06-14T00:00:00Z"),
    });
    expect(entitlements(input({ subscriptions: [pastDue] }))).toMatchObject([
      { reason: "subscription-grace", until: at("2025-06-21T00:00:00Z") },
    ]);
  });

  it("gives nothing for unpaid, canceled, incomplete or expired subscriptions", () => {
    for (const status of [
      "unpaid",
      "canceled",
      "incomplete",
      "incomplete_expired",
      "paused",
    ] as const) {
      expect(reasonsFor({ subscriptions: [subscription({ status })] }), status).toEqual([]);
    }
  });

  it("limits a single-program subscription to that program", () => {
    const list = entitlements(input({ subscriptions: [subscription({ programId: "knee" })] }));
    expect(canAccessProgram(list, "knee")).toBe(true);
    expect(canAccessProgram(list, "back")).toBe(false);
  });
});

describe("entitlements — admin grants", () => {
  it("counts open-ended and unexpired grants, but not expired or revoked ones", () => {
    const list = entitlements(
      input({
        grants: [
          { id: "g1", programId: "knee", expiresAt: null, revokedAt: null },
          { id: "g2", programId: "back", expiresAt: at("2025-06-30T00:00:00Z"), revokedAt: null },
          { id: "g3", programId: "hip", expiresAt: at("2025-06-01T00:00:00Z"), revokedAt: null },
          { id: "g4", programId: "neck", expiresAt: null, revokedAt: at("2025-06-14T00:00:00Z") },
        ],
      }),
    );
    expect(list.map((entitlement) => [entitlement.sourceId, entitlement.until])).toEqual([
      ["g1", null],
      ["g2", at("2025-06-30T00:00:00Z")],
    ]);
    expect(canAccessProgram(list, "hip")).toBe(false);
    expect(canAccessProgram(list, "neck")).toBe(false);
  });
});

describe("findProgramAccess", () => {
  it("prefers the entitlement that lasts longest", () => {
    const list = entitlements(
      input({
        purchases: [{ id: "pur_1", programId: "knee", status: "paid" }],
        subscriptions: [subscription({})],
        grants: [
          { id: "g1", programId: "knee", expiresAt: at("2025-06-20T00:00:00Z"), revokedAt: null },
        ],
      }),
    );
    expect(findProgramAccess(list, "knee")?.reason).toBe("lifetime-purchase");
    expect(findProgramAccess(list, "back")?.reason).toBe("subscription-active");
    expect(findProgramAccess([], "knee")).toBeUndefined();
  });
});
