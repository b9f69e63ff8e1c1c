/**
 * Admin actions on a customer that reach outside our database: refunding a purchase through
 * Stripe and emailing a fresh storefront sign-in link. Each is written to the audit log once it
 * has happened, with what changed.
 */
import { eq } from "drizzle-orm";

import { readAuthEnv } from "@phasewise/auth/env";
import { sendStorefrontSignInLink } from "@phasewise/auth/sign-in-link";
import { refundPurchase } from "@phasewise/billing";
import { purchases, users } from "@phasewise/db/schema";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { billingCall, getStripe } from "../../customer/billing/billing-services";
import { refundPurchaseInput, sendSignInLinkInput } from "./customers.schemas";

export const refundPurchaseProcedure = adminProcedure
  .input(refundPurchaseInput)
  .mutation(async ({ ctx, input }) => {
    const [purchase] = await ctx.db
      .select({ userId: purchases.userId })
      .from(purchases)
      .where(eq(purchases.id, input.purchaseId));
    if (!purchase) throw new AppError("NOT_FOUND", "That purchase does not exist.");
    const outcome = await billingCall(() =>
      refundPurchase(ctx.db, getStripe(), { purchaseId: input.purchaseId }),
    );
    await writeAuditEntry(ctx.db, {
      actorId: ctx.user.id,
      action: "customer.purchase.refund",
      targetType: "purchase",
      targetId: input.purchaseId,
      before: { userId: purchase.userId, status: "paid" },
      after: {
        userId: purchase.userId,
        status: outcome.status,
        refundId: outcome.refundId,
        amount: outcome.amount,
        currency: outcome.currency,
        reason: input.reason,
      },
    });
    return outcome;
  });

export const sendSignInLinkProcedure = adminProcedure
  .input(sendSignInLinkInput)
  .mutation(async ({ ctx, input }) => {
    const [customer] = await ctx.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!customer) throw new AppError("NOT_FOUND", "That customer does not exist.");
    const { storefrontUrl } = readAuthEnv();
    if (!storefrontUrl) {
      throw new AppError(
        "PRECONDITION_FAILED",
        "The storefront address is not configured: set WEB_URL to send sign-in links.",
      );
    }
    const sent = await sendStorefrontSignInLink(ctx.db, {
      email: customer.email,
      storefrontUrl,
    });
    await writeAuditEntry(ctx.db, {
      actorId: ctx.user.id,
      action: "customer.sign-in-link.send",
      targetType: "user",
      targetId: customer.id,
      before: null,
      after: { email: customer.email, expires: sent.expires },
    });
    return { email: customer.email, expires: sent.expires };
  });
