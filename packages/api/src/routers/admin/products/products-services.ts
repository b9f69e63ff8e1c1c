/**
 * What the products procedures share: the Stripe client, catalog failures turned into AppErrors
 * (field messages kept, Stripe's internals never shown), and the audit writer of the acting admin.
 */
import type { CatalogAudit } from "@phasewise/billing";
import { BillingConfigError, CatalogError, getStripe } from "@phasewise/billing";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";

type Stripe = ReturnType<typeof getStripe>;

/** Runs a catalog change with the process's Stripe client, mapping its expected failures. */
export async function catalogCall<T>(call: (stripe: Stripe) => Promise<T>): Promise<T> {
  try {
    return await call(getStripe());
  } catch (error) {
    if (error instanceof CatalogError) {
      throw new AppError(error.code, error.message, error.fieldErrors);
    }
    if (error instanceof BillingConfigError) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "Payments are not configured here (no Stripe key), so products and prices cannot be changed.",
      );
    }
    throw error;
  }
}

/** Audit entries of catalog changes, as the signed-in admin. */
export function auditAs(actorId: string): CatalogAudit {
  return (tx, entry) => writeAuditEntry(tx, { actorId, ...entry });
}
