/** Webhook entry points for the web app's `/api/stripe/webhook` route. */
export { handleStripeWebhookRequest } from "./handle-webhook-request";
export { receiveStripeWebhook } from "./receive-stripe-webhook";
export type { ReceiveWebhookInput, WebhookResponse } from "./receive-stripe-webhook";
export { HANDLED_EVENTS, verifyWebhook, WebhookSignatureError } from "./verify-webhook";
export type { HandledEventType, VerifiedWebhook } from "./verify-webhook";
