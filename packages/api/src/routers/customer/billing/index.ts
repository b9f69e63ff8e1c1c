/**
 * The customer's billing: what a program page offers, Checkout and the Billing Portal, the
 * checkout return page's sync, and Account → Billing. Each procedure acts for the signed-in user
 * only (their own Stripe customer, rows filtered by user id in SQL).
 */
import type { TRPCRouterRecord } from "@trpc/server";

import { offers } from "./offers";
import { overview } from "./overview";
import { portal, startCheckout } from "./start-checkout";
import { syncAfterCheckout } from "./sync-after-checkout";

export const billingRouter = {
  offers,
  startCheckout,
  portal,
  overview,
  syncAfterCheckout,
} satisfies TRPCRouterRecord;
