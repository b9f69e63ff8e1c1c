/**
 * Puts our catalog (the `products` and `prices` rows that have a lookup key) into Stripe and
 * stores the Stripe ids back. Idempotent: a product is found again by its fixed id
 * (`phasewise_<lookup key>`), a price by its `lookup_key` with the same amount and interval;
 * only what is missing is created (with idempotency keys from our row ids).
 */
import type Stripe from "stripe";
import { eq, isNotNull } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { Price, Product } from "@phasewise/db/schema";
import { prices, products } from "@phasewise/db/schema";

import { idempotencyKey, paramsDigest } from "../stripe/idempotency";
import { isResourceMissing } from "../stripe/stripe-ids";

export interface CatalogSyncResult {
  products: { lookupKey: string; stripeProductId: string; created: boolean }[];
  prices: { lookupKey: string; stripePriceId: string; created: boolean }[];
}

function productIdFor(product: Product & { lookupKey: string }): string {
  return product.stripeProductId ?? `phasewise_${product.lookupKey.replaceAll("-", "_")}`;
}

async function ensureProduct(stripe: Stripe, product: Product & { lookupKey: string }) {
  const id = productIdFor(product);
  try {
    const existing = await stripe.products.retrieve(id);
    return { id: existing.id, created: false };
  } catch (error) {
    if (!isResourceMissing(error)) throw error;
  }
  const params: Stripe.ProductCreateParams = {
    id,
    name: product.name,
    ...(product.description && { description: product.description }),
    metadata: { phasewise_product_id: product.id, phasewise_lookup_key: product.lookupKey },
  };
  const created = await stripe.products.create(params, {
    idempotencyKey: idempotencyKey("catalog-product", product.id, paramsDigest(params)),
  });
  return { id: created.id, created: true };
}

function matches(stripePrice: Stripe.Price, price: Price, stripeProductId: string): boolean {
  const product =
    typeof stripePrice.product === "string" ? stripePrice.product : stripePrice.product.id;
  return (
    stripePrice.active &&
    product === stripeProductId &&
    stripePrice.unit_amount === price.unitAmount &&
    stripePrice.currency === price.currency &&
    (stripePrice.recurring?.interval ?? null) === price.interval
  );
}

async function ensurePrice(
  stripe: Stripe,
  price: Price & { lookupKey: string },
  stripeProductId: string,
) {
  if (price.stripePriceId) {
    try {
      const existing = await stripe.prices.retrieve(price.stripePriceId);
      if (matches(existing, price, stripeProductId)) return { id: existing.id, created: false };
    } catch (error) {
      if (!isResourceMissing(error)) throw error;
    }
  }
  const found = await stripe.prices.list({ lookup_keys: [price.lookupKey], limit: 10 });
  const reusable = found.data.find((candidate) => matches(candidate, price, stripeProductId));
  if (reusable) return { id: reusable.id, created: false };

  const params: Stripe.PriceCreateParams = {
    product: stripeProductId,
    currency: price.currency,
    unit_amount: price.unitAmount,
    lookup_key: price.lookupKey,
    transfer_lookup_key: found.data.length > 0,
    metadata: { phasewise_price_id: price.id },
    ...(price.type === "recurring" &&
      price.interval && { recurring: { interval: price.interval } }),
  };
  const created = await stripe.prices.create(params, {
    idempotencyKey: idempotencyKey("catalog-price", price.id, paramsDigest(params)),
  });
  return { id: created.id, created: true };
}

export async function syncCatalogToStripe(
  db: Executor,
  stripe: Stripe,
): Promise<CatalogSyncResult> {
  const result: CatalogSyncResult = { products: [], prices: [] };
  const productRows = await db.select().from(products).where(isNotNull(products.lookupKey));
  for (const product of productRows) {
    if (!product.lookupKey) continue;
    const lookupKey = product.lookupKey;
    const stripeProduct = await ensureProduct(stripe, { ...product, lookupKey });
    if (stripeProduct.id !== product.stripeProductId) {
      await db
        .update(products)
        .set({ stripeProductId: stripeProduct.id })
        .where(eq(products.id, product.id));
    }
    result.products.push({
      lookupKey,
      stripeProductId: stripeProduct.id,
      created: stripeProduct.created,
    });

    const priceRows = await db.select().from(prices).where(eq(prices.productId, product.id));
    for (const price of priceRows) {
      if (!price.lookupKey || !price.active) continue;
      const stripePrice = await ensurePrice(
        stripe,
        { ...price, lookupKey: price.lookupKey },
        stripeProduct.id,
      );
      if (stripePrice.id !== price.stripePriceId) {
        await db
          .update(prices)
          .set({ stripePriceId: stripePrice.id })
          .where(eq(prices.id, price.id));
      }
      result.prices.push({
        lookupKey: price.lookupKey,
        stripePriceId: stripePrice.id,
        created: stripePrice.created,
      });
    }
  }
  return result;
}
