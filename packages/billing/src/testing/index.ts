/** Test helpers for packages that exercise billing against the Stripe emulator. */
export { pendingSyncJobs, startBillingTestStack, TEST_WEBHOOK_SECRET } from "./billing-test-stack";
export type { BillingTestStack, CatalogPrices } from "./billing-test-stack";
