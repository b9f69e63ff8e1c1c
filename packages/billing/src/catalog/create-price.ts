/**
 * Adds a price to a product: in Stripe first (its amount can never change there, so changing a
 * price means adding a new one and archiving the old), then our row and its audit entry in one
 * transaction. The caller picks the row id; the Stripe price carries it in its metadata and the
 * request is keyed by it, so a retry finds the price made the first time instead of a second.
 */
import type Stripe from "stripe";
import { and, eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import type { Price, Product } from "@phasewise/db/schema";
import { prices, products } from "@phasewise/db/schema";

import type { CatalogAudit } from "./catalog-audit";
import { idempotencyKey, paramsDigest } from "../stripe/idempotency";
import { priceSnapshot } from "./catalog-audit";
import { callStripe, CatalogError } from "./catalog-errors";

export const PRICE_ROW_METADATA = "phasewise_price_id";

export interface CreatePriceInput {
  /** Our row id, chosen by the caller (one per form submission). */
  id: string;
  productId: string;
  type: "one_time" | "recurring";
  /** Required for recurring prices, null for one-time ones. */
  interval: "month" | "year" | null;
  /** In the currency's smallest unit (cents). */
  unitAmount: number;
  currency: string;
  /** Free days before the first charge, recurring prices only. */
  trialDays: number | null;
}

/** What the rest of billing can fulfil: a program is bought once, the membership by subscription. */
function checkPriceFitsProduct(product: Product, input: CreatePriceInput): string {
  if (!product.active) {
    throw new CatalogError("CONFLICT", "This product is archived: it cannot get new prices.");
  }
  if (product.kind === "program" && input.type !== "one_time") {
    throw new CatalogError("BAD_REQUEST", "A program is sold once, for life.", {
      type: ["Program products take one-time prices; subscriptions belong to the membership."],
    });
  }
  if (product.kind === "membership" && input.type !== "recurring") {
    throw new CatalogError("BAD_REQUEST", "The membership is a subscription.", {
      type: ["Membership products take monthly or yearly prices."],
    });
  }
  if (!product.stripeProductId) {
    throw new CatalogError(
      "PRECONDITION_FAILED",
      "This product is not in Stripe yet: run `pnpm billing:catalog`, then add the price.",
    );
  }
  return product.stripeProductId;
}

async function refuseDuplicate(db: Database, input: CreatePriceInput) {
  const same = await db
    .select({ id: prices.id, interval: prices.interval })
    .from(prices)
    .where(
      and(
        eq(prices.productId, input.productId),
        eq(prices.active, true),
        eq(prices.type, input.type),
        eq(prices.unitAmount, input.unitAmount),
        eq(prices.currency, input.currency),
      ),
    );
  if (same.some((price) => price.interval === input.interval)) {
    throw new CatalogError("CONFLICT", "This product already has that price on sale.", {
      unitAmount: ["An active price with this amount and billing already exists."],
    });
  }
}

function matches(stripePrice: Stripe.Price, params: Stripe.PriceCreateParams): boolean {
  return (
    stripePrice.unit_amount === params.unit_amount &&
    stripePrice.currency === params.currency &&
    (stripePrice.recurring?.interval ?? null) === (params.recurring?.interval ?? null)
  );
}

async function ensureStripePrice(
  stripe: Stripe,
  input: CreatePriceInput,
  stripeProductId: string,
): Promise<string> {
  const params: Stripe.PriceCreateParams = {
    product: stripeProductId,
    currency: input.currency,
    unit_amount: input.unitAmount,
    metadata: { [PRICE_ROW_METADATA]: input.id },
    ...(input.type === "recurring" &&
      input.interval && { recurring: { interval: input.interval } }),
  };
  // Made by an earlier attempt whose database write failed (beyond Stripe's idempotency window).
  const earlier = await callStripe("read the product's prices from Stripe", () =>
    stripe.prices.list({ product: stripeProductId, limit: 100 }),
  );
  for (const candidate of earlier.data) {
    if (candidate.metadata[PRICE_ROW_METADATA] !== input.id) continue;
    if (candidate.active && matches(candidate, params)) return candidate.id;
    if (candidate.active) {
      // An orphan from an attempt with other values: nothing points at it, so retire it.
      await callStripe("archive a stale price in Stripe", () =>
        stripe.prices.update(
          candidate.id,
          { active: false },
          { idempotencyKey: idempotencyKey("admin-price-retire", candidate.id) },
        ),
      );
    }
  }
  const created = await callStripe("create the price in Stripe", () =>
    stripe.prices.create(params, {
      idempotencyKey: idempotencyKey("admin-price", input.id, paramsDigest(params)),
    }),
  );
  return created.id;
}

export async function createPrice(
  db: Database,
  stripe: Stripe,
  input: CreatePriceInput,
  audit: CatalogAudit,
): Promise<{ price: Price; created: boolean }> {
  const [already] = await db.select().from(prices).where(eq(prices.id, input.id));
  if (already) return { price: already, created: false };
  const [product] = await db.select().from(products).where(eq(products.id, input.productId));
  if (!product) {
    throw new CatalogError("NOT_FOUND", "That product does not exist.", {
      productId: ["Choose a product from the list."],
    });
  }
  const stripeProductId = checkPriceFitsProduct(product, input);
  await refuseDuplicate(db, input);

  const stripePriceId = await ensureStripePrice(stripe, input, stripeProductId);
  return db.transaction(async (tx) => {
    const [price] = await tx
      .insert(prices)
      .values({
        id: input.id,
        productId: product.id,
        type: input.type,
        interval: input.type === "recurring" ? input.interval : null,
        unitAmount: input.unitAmount,
        currency: input.currency,
        trialDays: input.type === "recurring" && input.trialDays ? input.trialDays : null,
        stripePriceId,
      })
      .onConflictDoNothing({ target: prices.id })
      .returning();
    if (!price) {
      const [winner] = await tx.select().from(prices).where(eq(prices.id, input.id));
      if (!winner) throw new Error(`Price ${input.id} vanished while being created.`);
      return { price: winner, created: false };
    }
    await audit(tx, {
      action: "price.create",
      targetType: "price",
      targetId: price.id,
      before: null,
      after: priceSnapshot(price, product.name),
    });
    return { price, created: true };
  });
}
