/**
 * @phasewise/billing: Stripe Checkout and the Billing Portal, webhook verification, the
 * convergent `syncStripeCustomer`, the sync job queue and reconciliation. Access itself is derived
 * from the rows written here by the domain's `entitlements`.
 */
export { readBillingEnv, isBillingConfigured, isTestPayments, BillingConfigError } from "./env";
export type { BillingEnv } from "./env";
export { BillingError } from "./errors";
export type { BillingErrorCode } from "./errors";
export {
  createStripeClient,
  getStripe,
  setStripeClient,
  stripeClientFromEnv,
  STRIPE_API_VERSION,
} from "./stripe/stripe-client";
export { ensureStripeCustomer } from "./customers/ensure-stripe-customer";
export {
  archivePrice,
  archiveProduct,
  CatalogError,
  createPrice,
  createProduct,
  updateProduct,
} from "./catalog";
export type {
  CatalogAudit,
  CatalogAuditEntry,
  CatalogErrorCode,
  CreatePriceInput,
  CreateProductInput,
  UpdateProductInput,
} from "./catalog";
export { createCheckoutSession } from "./checkout/create-checkout-session";
export type { CreateCheckoutSessionInput } from "./checkout/create-checkout-session";
export { syncAfterCheckout } from "./checkout/sync-after-checkout";
export type { CheckoutOutcome } from "./checkout/sync-after-checkout";
export { createBillingPortalSession } from "./portal/create-billing-portal-session";
export { syncStripeCustomer } from "./sync/sync-stripe-customer";
export type { SyncResult } from "./sync/sync-stripe-customer";
export { loadBillingHistory } from "./overview/load-billing-history";
export type {
  BillingHistory,
  InvoiceSummary,
  ReceiptSummary,
} from "./overview/load-billing-history";
export { reconcileCustomers } from "./reconcile/reconcile-customers";
export type { ReconcileResult } from "./reconcile/reconcile-customers";
export {
  enqueueCustomerSync,
  startBillingQueue,
  SYNC_QUEUE,
  SYNC_DEAD_LETTER_QUEUE,
} from "./jobs/billing-queue";
export type { RetryPolicy, SyncJobData } from "./jobs/billing-queue";
export { listDeadLetters, redriveDeadLetters, workCustomerSyncs } from "./jobs/sync-worker";
export type { DeadLetter } from "./jobs/sync-worker";
export { refundPurchase } from "./refunds/refund-purchase";
export type { RefundOutcome } from "./refunds/refund-purchase";
