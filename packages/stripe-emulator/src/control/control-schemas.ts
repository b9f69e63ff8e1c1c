/**
 * Request and response schemas of the `/_emulator` control API, shared by the server (to parse
 * requests) and the typed client (to parse responses), so both ends agree by construction.
 */
import { z } from "zod";

export const deliveryAttemptSchema = z.object({
  at: z.string(),
  statusCode: z.number().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
});

export const deliverySchema = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(["held", "pending", "in_flight", "succeeded", "failed"]),
  attempts: z.array(deliveryAttemptSchema),
  nextAttemptAt: z.number().nullable(),
});

export const deliveriesResponse = z.object({
  paused: z.boolean(),
  deliveries: z.array(deliverySchema),
});

export const releaseRequest = z.object({
  order: z.union([z.enum(["fifo", "reverse"]), z.array(z.string())]).optional(),
  resume: z.boolean().optional(),
});

export const deliverySettingsSchema = z.object({
  delayMs: z.number().int().min(0),
  maxAttempts: z.number().int().min(1),
  retryBaseMs: z.number().int().min(0),
  retryMaxMs: z.number().int().min(0),
  timeoutMs: z.number().int().min(1),
});
export const deliverySettingsRequest = deliverySettingsSchema.partial();

export const waitRequest = z.object({ timeoutMs: z.number().int().min(0).max(120_000).optional() });
export const waitResponse = z.object({ idle: z.boolean(), deliveries: z.array(deliverySchema) });

export const redeliverRequest = z.object({
  times: z.number().int().min(1).max(100).optional(),
  concurrent: z.boolean().optional(),
});

export const webhookRequest = z.object({
  url: z.url().nullable(),
  secret: z.string().startsWith("whsec_").optional(),
});
export const webhookResponse = z.object({ url: z.string().nullable() });

export const clockResponse = z.object({ now: z.number(), offsetSeconds: z.number() });
export const advanceClockRequest = z.object({ seconds: z.number().int().min(0) });
export const advanceClockResponse = clockResponse.extend({ milestones: z.number() });

export const failuresRequest = z.object({
  count: z.number().int().min(1),
  path: z.string().startsWith("/").optional(),
  status: z.number().int().min(500).max(599).optional(),
});
export const failuresResponse = z.object({
  failures: z.array(
    z.object({ remaining: z.number(), pathPrefix: z.string().nullable(), status: z.number() }),
  ),
});

export const dunningSchema = z.object({
  maxAttempts: z.number().int().min(1),
  retryIntervalSeconds: z.number().int().min(1),
  finalAction: z.enum(["cancel", "unpaid", "past_due"]),
});
export const dunningRequest = dunningSchema.partial();

export const paymentMethodRequest = z.object({ failing: z.boolean() });
export const paymentMethodResponse = z.object({
  subscription: z.string(),
  paymentMethod: z.string(),
  failing: z.boolean(),
});

export const asyncPaymentRequest = z.object({ outcome: z.enum(["succeeded", "failed"]) });

export const completeCheckoutRequest = z.object({
  email: z.string().optional(),
  card: z.string().optional(),
});
export const completeCheckoutResponse = z.object({
  status: z.enum(["completed", "requires_action", "declined"]),
  redirectUrl: z.string().nullable(),
  message: z.string().nullable(),
});

export const sessionResponse = z.object({ session: z.record(z.string(), z.json()) });

export const signRequest = z.object({
  payload: z.string(),
  secret: z.string().optional(),
  timestamp: z.number().int().optional(),
});
export const signResponse = z.object({ header: z.string() });

export const okResponse = z.object({ ok: z.literal(true) });

export type Delivery = z.infer<typeof deliverySchema>;
export type DeliverySettingsInput = z.infer<typeof deliverySettingsRequest>;
export type DunningInput = z.infer<typeof dunningRequest>;
export type ReleaseInput = z.infer<typeof releaseRequest>;
