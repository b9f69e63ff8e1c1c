/** The catalog: pushing our products and prices to Stripe. */
export { syncCatalogToStripe } from "./sync-catalog";
export type { CatalogSyncResult } from "./sync-catalog";
