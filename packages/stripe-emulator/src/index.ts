/**
 * @phasewise/stripe-emulator — a local Stripe-compatible server (dev and tests only) covering the
 * calls Phasewise makes, with hosted checkout, billing portal and signed webhook delivery.
 */
export { startStripeEmulator } from "./start-emulator";
export type { StripeEmulator, StripeEmulatorOptions } from "./start-emulator";
export { createControlClient, ControlApiError } from "./control/control-client";
export type { ControlClient } from "./control/control-client";
export type { Delivery } from "./control/control-schemas";
export { API_VERSION } from "./core";
export { TEST_CARDS } from "./billing/test-cards";
