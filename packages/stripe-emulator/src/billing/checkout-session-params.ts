/** The zod schema for `POST /v1/checkout/sessions` (the subset of params the emulator reads). */
import { z } from "zod";

import { formBool, formInt, formMetadata, recurringParams } from "../form/params";

const lineItem = z.object({
  price: z.string().optional(),
  price_data: z
    .object({
      currency: z.string(),
      product: z.string().optional(),
      product_data: z
        .object({
          name: z.string(),
          description: z.string().optional(),
          metadata: formMetadata.optional(),
        })
        .optional(),
      unit_amount: formInt.optional(),
      recurring: recurringParams.optional(),
    })
    .optional(),
  quantity: formInt.pipe(z.number().int().min(1)).optional(),
});

export const checkoutSessionParams = z.object({
  mode: z.enum(["payment", "subscription", "setup"]).optional(),
  line_items: z.array(lineItem).optional(),
  customer: z.string().optional(),
  customer_email: z.string().optional(),
  customer_creation: z.enum(["always", "if_required"]).optional(),
  client_reference_id: z.string().optional(),
  metadata: formMetadata.optional(),
  success_url: z.string().optional(),
  cancel_url: z.string().optional(),
  allow_promotion_codes: formBool.optional(),
  discounts: z
    .array(z.object({ coupon: z.string().optional(), promotion_code: z.string().optional() }))
    .optional(),
  subscription_data: z
    .object({
      trial_period_days: formInt.optional(),
      trial_end: formInt.optional(),
      metadata: formMetadata.optional(),
      description: z.string().optional(),
    })
    .optional(),
  payment_intent_data: z
    .object({ metadata: formMetadata.optional(), description: z.string().optional() })
    .optional(),
  expires_at: formInt.optional(),
  locale: z.string().optional(),
});

export type CheckoutSessionParams = z.output<typeof checkoutSessionParams>;
