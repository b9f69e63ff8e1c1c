/**
 * How catalog changes are recorded: the caller's audit writer runs inside the same transaction
 * as the row change, and sees the product or price as it was before and after.
 */
import type { Transaction } from "@phasewise/db/client";
import type { Price, Product } from "@phasewise/db/schema";

export interface CatalogAuditEntry {
  action:
    "product.create" | "product.update" | "product.archive" | "price.create" | "price.archive";
  targetType: "product" | "price";
  targetId: string;
  before: unknown;
  after: unknown;
}

/** Writes one audit entry in the transaction of the change (see the api's writeAuditEntry). */
export type CatalogAudit = (tx: Transaction, entry: CatalogAuditEntry) => Promise<void>;

/** What the audit log keeps of a product: what an admin changed, readable without joins. */
export function productSnapshot(product: Product) {
  return {
    name: product.name,
    kind: product.kind,
    programId: product.programId,
    description: product.description,
    active: product.active,
    stripeProductId: product.stripeProductId,
  };
}

export function priceSnapshot(price: Price, productName?: string) {
  return {
    ...(productName !== undefined && { product: productName }),
    productId: price.productId,
    type: price.type,
    interval: price.interval,
    unitAmount: price.unitAmount,
    currency: price.currency,
    trialDays: price.trialDays,
    active: price.active,
    stripePriceId: price.stripePriceId,
  };
}
