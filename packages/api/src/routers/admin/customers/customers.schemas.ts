/** Inputs of the admin customers router, with the messages an admin sees next to each field. */
import { z } from "zod";

export const searchCustomersInput = z.object({
  query: z.string().trim().max(200, "Search with fewer than 200 characters").default(""),
  page: z.number().int().min(1, "Pages start at 1").default(1),
  pageSize: z.number().int().min(1).max(100, "At most 100 per page").default(25),
});

export const getCustomerInput = z.object({
  userId: z.uuid("Pick a customer"),
});

const reason = z
  .string()
  .trim()
  .min(3, "Give a reason of at least 3 characters")
  .max(300, "Keep the reason under 300 characters");

export const grantAccessInput = z.object({
  userId: z.uuid("Pick a customer"),
  /** Null opens every program. */
  programId: z.uuid("Pick a program").nullable(),
  reason,
  expiresAt: z.date("Pick a valid end date").nullable().optional(),
});

export const revokeAccessInput = z.object({
  grantId: z.uuid("Pick a grant"),
  reason,
});

export type GrantAccessInput = z.infer<typeof grantAccessInput>;
export type RevokeAccessInput = z.infer<typeof revokeAccessInput>;

export const refundPurchaseInput = z.object({
  purchaseId: z.uuid("Pick a purchase"),
  reason,
});

export const sendSignInLinkInput = z.object({
  userId: z.uuid("Pick a customer"),
});
