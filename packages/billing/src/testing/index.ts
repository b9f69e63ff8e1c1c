/** Test helpers for packages that exercise billing against the Stripe emulator. */
export { pendingSyncJobs, startBillingTestStack, TEST_WEBHOOK_SECRET } from "./billing-test-stack";
export type { BillingTestStack, CatalogPrices } from "./billing-test-stack";
/** A bare emulator (no webhooks, no seeded catalog), for tests that bring their own products. */
export { startStripeEmulator } from "@phasewise/stripe-emulator";
export type { StripeEmulator } from "@phasewise/stripe-emulator";
