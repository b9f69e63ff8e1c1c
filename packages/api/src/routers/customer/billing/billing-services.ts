/**
 * What the billing procedures share: the Stripe client, the storefront's origin for return links,
 * BillingError → AppError mapping, and entitlements described with program names.
 */
import { inArray } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { Entitlement } from "@phasewise/domain";
import {
  BillingConfigError,
  BillingError,
  getStripe,
  isBillingConfigured,
  isTestPayments,
  readBillingEnv,
} from "@phasewise/billing";
import { programs } from "@phasewise/db/schema";

import { AppError } from "../../../errors";

export { getStripe, isBillingConfigured, isTestPayments };

/** Runs a billing call, turning its expected failures into AppErrors the customer can read. */
export async function billingCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof BillingError) throw new AppError(error.code, error.message);
    if (error instanceof BillingConfigError) {
      throw new AppError("PRECONDITION_FAILED", "Payments are not available right now.");
    }
    throw error;
  }
}

/** The storefront origin for Checkout and portal return links: WEB_URL, else this request's. */
export function storefrontOrigin(headers: Headers): string {
  const configured = readBillingEnv().WEB_URL;
  if (configured) return configured.replace(/\/$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return "http://localhost:3000";
  const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host);
  const protocol = headers.get("x-forwarded-proto") ?? (local ? "http" : "https");
  return `${protocol}://${host}`;
}

export async function describeAccess(db: Executor, list: readonly Entitlement[]) {
  const ids = list.flatMap((entitlement) =>
    entitlement.scope === "program" ? [entitlement.programId] : [],
  );
  const rows = ids.length
    ? await db
        .select({ id: programs.id, slug: programs.slug, title: programs.title })
        .from(programs)
        .where(inArray(programs.id, ids))
    : [];
  return list.map((entitlement) => {
    const program =
      entitlement.scope === "program"
        ? rows.find((row) => row.id === entitlement.programId)
        : undefined;
    return {
      scope: entitlement.scope,
      programSlug: program?.slug ?? null,
      programTitle: program?.title ?? null,
      reason: entitlement.reason,
      until: entitlement.until,
    };
  });
}
