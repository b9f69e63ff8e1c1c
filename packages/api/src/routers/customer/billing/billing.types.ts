/** Request and response schemas of the customer `billing` router. */
import { z } from "zod";

const money = { amount: z.number().int(), currency: z.string() };

export const ZOffersRequest = z.object({
  programSlug: z.string().trim().min(1, "Choose a program").max(100),
});

export const ZOffersResponse = z.object({
  /** False when payments are not configured or the catalog is not in Stripe yet. */
  available: z.boolean(),
  testPayments: z.boolean(),
  lifetime: z.object({ priceId: z.uuid(), name: z.string(), ...money }).nullable(),
  membership: z.array(
    z.object({
      priceId: z.uuid(),
      name: z.string(),
      interval: z.enum(["month", "year"]),
      trialDays: z.number().int().nullable(),
      ...money,
    }),
  ),
});

/** A path on this site (never another origin) to come back to when Checkout is cancelled. */
const returnPath = z
  .string()
  .max(300)
  .regex(/^\/(?!\/)[\w\-./?=&%]*$/, "Use a path on this site")
  .optional();

export const ZStartCheckoutRequest = z.object({
  priceId: z.uuid("Choose something to buy"),
  returnPath,
});

export const ZRedirectResponse = z.object({ url: z.url() });

export const ZSyncAfterCheckoutRequest = z.object({
  sessionId: z
    .string()
    .trim()
    .regex(/^cs_[A-Za-z0-9_]+$/, "That is not a checkout reference")
    .max(200),
});

const ZAccess = z.object({
  scope: z.enum(["program", "all-programs"]),
  programSlug: z.string().nullable(),
  programTitle: z.string().nullable(),
  reason: z.enum([
    "lifetime-purchase",
    "subscription-active",
    "subscription-trialing",
    "subscription-grace",
    "subscription-ending",
    "admin-grant",
  ]),
  until: z.date().nullable(),
});

export const ZSyncAfterCheckoutResponse = z.object({
  status: z.string(),
  paymentStatus: z.string(),
  /** What the purchase opens, once Stripe says it is paid (null until then). */
  access: ZAccess.nullable(),
  /** Where to go next: the program's page for a program, the catalog for the membership. */
  nextPath: z.string(),
});

export const ZOverviewResponse = z.object({
  testPayments: z.boolean(),
  /** False when the customer has never bought anything (nothing to manage in the portal). */
  hasBillingAccount: z.boolean(),
  plan: z
    .object({
      name: z.string(),
      interval: z.enum(["month", "year"]).nullable(),
      amount: z.number().int().nullable(),
      currency: z.string().nullable(),
      status: z.string(),
      cancelAtPeriodEnd: z.boolean(),
      /** Next renewal, when it renews. */
      renewsAt: z.date().nullable(),
      /** When access ends (cancelled at period end, or the grace period of a failed payment). */
      endsAt: z.date().nullable(),
      trialEndsAt: z.date().nullable(),
      pastDueSince: z.date().nullable(),
    })
    .nullable(),
  purchases: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      status: z.enum(["pending", "paid", "refunded", "failed"]),
      purchasedAt: z.date(),
      refundedAt: z.date().nullable(),
      ...money,
    }),
  ),
  access: z.array(ZAccess),
  /** Invoices and receipts come from Stripe; null when Stripe could not be reached just now. */
  history: z
    .object({
      invoices: z.array(
        z.object({
          id: z.string(),
          number: z.string().nullable(),
          status: z.string(),
          amountPaid: z.number().int(),
          amountDue: z.number().int(),
          currency: z.string(),
          createdAt: z.date(),
          url: z.string().nullable(),
        }),
      ),
      receipts: z.array(
        z.object({
          id: z.string(),
          description: z.string().nullable(),
          amountRefunded: z.number().int(),
          createdAt: z.date(),
          url: z.string().nullable(),
          ...money,
        }),
      ),
    })
    .nullable(),
});

export type TOffersResponse = z.infer<typeof ZOffersResponse>;
export type TOverviewResponse = z.infer<typeof ZOverviewResponse>;
export type TSyncAfterCheckoutResponse = z.infer<typeof ZSyncAfterCheckoutResponse>;
