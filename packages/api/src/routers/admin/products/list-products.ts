/**
 * `products.list`: every product with all its prices, on sale and archived, the program it opens
 * and how many customers bought or subscribe to each price — in four queries, whatever the size.
 */
import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";

import { prices, products, programs, purchases, subscriptions } from "@phasewise/db/schema";

import type { TListProductsResponse } from "./products.types";
import { adminProcedure } from "../../../trpc";
import { ZListProductsResponse } from "./products.types";

/** Subscription states that give access now or are about to (see entitlements). */
const LIVE_SUBSCRIPTION = ["active", "trialing", "past_due", "incomplete", "paused"];

export const listProducts = adminProcedure
  .output(ZListProductsResponse)
  .query(async ({ ctx }): Promise<TListProductsResponse> => {
    const [productRows, priceRows, purchaseCounts, subscriptionCounts, programRows] =
      await Promise.all([
        ctx.db
          .select({
            product: products,
            program: { id: programs.id, slug: programs.slug, title: programs.title },
          })
          .from(products)
          .leftJoin(programs, eq(programs.id, products.programId))
          .orderBy(desc(products.active), asc(products.kind), asc(products.createdAt)),
        ctx.db
          .select()
          .from(prices)
          .orderBy(desc(prices.active), asc(prices.type), asc(prices.unitAmount)),
        ctx.db
          .select({ priceId: purchases.priceId, count: count() })
          .from(purchases)
          .where(and(eq(purchases.status, "paid"), isNotNull(purchases.priceId)))
          .groupBy(purchases.priceId),
        ctx.db
          .select({ priceId: subscriptions.priceId, count: count() })
          .from(subscriptions)
          .where(
            and(inArray(subscriptions.status, LIVE_SUBSCRIPTION), isNotNull(subscriptions.priceId)),
          )
          .groupBy(subscriptions.priceId),
        ctx.db
          .select({ id: programs.id, title: programs.title })
          .from(programs)
          .orderBy(programs.title),
      ]);
    const bought = new Map(purchaseCounts.map((row) => [row.priceId, row.count]));
    const subscribed = new Map(subscriptionCounts.map((row) => [row.priceId, row.count]));
    return {
      products: productRows.map(({ product, program }) => ({
        id: product.id,
        kind: product.kind,
        name: product.name,
        description: product.description,
        active: product.active,
        lookupKey: product.lookupKey,
        stripeProductId: product.stripeProductId,
        createdAt: product.createdAt,
        program,
        prices: priceRows
          .filter((price) => price.productId === product.id)
          .map((price) => ({
            id: price.id,
            type: price.type,
            interval: price.interval,
            unitAmount: price.unitAmount,
            currency: price.currency,
            trialDays: price.trialDays,
            active: price.active,
            lookupKey: price.lookupKey,
            stripePriceId: price.stripePriceId,
            createdAt: price.createdAt,
            paidPurchases: bought.get(price.id) ?? 0,
            liveSubscriptions: subscribed.get(price.id) ?? 0,
          })),
      })),
      programs: programRows,
    };
  });
