/**
 * `billing.offers`: what a program page can sell — its lifetime price and the membership.
 * Nothing for an archived program: its page is only shown to customers already enrolled.
 */
import { and, eq, isNotNull, or } from "drizzle-orm";

import { prices, products, programs } from "@phasewise/db/schema";

import { AppError } from "../../../errors";
import { publicProcedure } from "../../../trpc";
import { isBillingConfigured, isTestPayments } from "./billing-services";
import { ZOffersRequest, ZOffersResponse } from "./billing.types";

export const offers = publicProcedure
  .input(ZOffersRequest)
  .output(ZOffersResponse)
  .query(async ({ ctx, input }) => {
    const [program] = await ctx.db
      .select({ id: programs.id, archivedAt: programs.archivedAt })
      .from(programs)
      .where(eq(programs.slug, input.programSlug));
    if (!program) throw new AppError("NOT_FOUND", "That program does not exist.");
    if (program.archivedAt) {
      return { available: false, testPayments: false, lifetime: null, membership: [] };
    }
    const rows = await ctx.db
      .select({
        priceId: prices.id,
        name: products.name,
        kind: products.kind,
        type: prices.type,
        interval: prices.interval,
        amount: prices.unitAmount,
        currency: prices.currency,
        trialDays: prices.trialDays,
      })
      .from(prices)
      .innerJoin(products, eq(products.id, prices.productId))
      .where(
        and(
          eq(prices.active, true),
          eq(products.active, true),
          // Only prices that exist in Stripe can be sold.
          isNotNull(prices.stripePriceId),
          or(
            and(eq(products.kind, "program"), eq(products.programId, program.id)),
            eq(products.kind, "membership"),
          ),
        ),
      )
      .orderBy(prices.unitAmount);
    const lifetime = rows.find((row) => row.kind === "program" && row.type === "one_time");
    const membership = rows.flatMap((row) =>
      row.kind === "membership" && row.interval ? [{ ...row, interval: row.interval }] : [],
    );
    const configured = isBillingConfigured();
    return {
      available: configured && (lifetime !== undefined || membership.length > 0),
      testPayments: configured && isTestPayments(),
      lifetime: lifetime
        ? {
            priceId: lifetime.priceId,
            name: lifetime.name,
            amount: lifetime.amount,
            currency: lifetime.currency,
          }
        : null,
      membership: membership.map((row) => ({
        priceId: row.priceId,
        name: row.name,
        interval: row.interval,
        trialDays: row.trialDays,
        amount: row.amount,
        currency: row.currency,
      })),
    };
  });
