/**
 * The catalog: pushing the seeded products and prices to Stripe, and the admin's changes to it
 * (create and rename products, add prices, archive either — never delete), each made in Stripe
 * first and then here, with its audit entry in the same transaction.
 */
export { syncCatalogToStripe } from "./sync-catalog";
export type { CatalogSyncResult } from "./sync-catalog";
export { createProduct, stripeProductIdFor } from "./create-product";
export type { CreateProductInput } from "./create-product";
export { updateProduct } from "./update-product";
export type { UpdateProductInput } from "./update-product";
export { archiveProduct } from "./archive-product";
export { createPrice } from "./create-price";
export type { CreatePriceInput } from "./create-price";
export { archivePrice } from "./archive-price";
export { CatalogError } from "./catalog-errors";
export type { CatalogErrorCode } from "./catalog-errors";
export type { CatalogAudit, CatalogAuditEntry } from "./catalog-audit";
