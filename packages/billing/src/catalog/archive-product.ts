/**
 * Archives a product and every price it still offers, in Stripe and here, never deleting
 * anything: existing purchases and subscriptions keep their access, and the storefront stops
 * selling it. Prices first, then the product, so a failure halfway leaves nothing on sale that
 * points at an archived product; repeating the call finishes the job.
 */
import type Stripe from "stripe";
import { and, eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import type { Product } from "@phasewise/db/schema";
import { prices, products } from "@phasewise/db/schema";

import type { CatalogAudit } from "./catalog-audit";
import { idempotencyKey } from "../stripe/idempotency";
import { deactivateStripePrice } from "./archive-price";
import { priceSnapshot, productSnapshot } from "./catalog-audit";
import { callStripe, CatalogError } from "./catalog-errors";

export async function archiveProduct(
  db: Database,
  stripe: Stripe,
  input: { productId: string },
  audit: CatalogAudit,
): Promise<{ product: Product; archivedPrices: number; changed: boolean }> {
  const [product] = await db.select().from(products).where(eq(products.id, input.productId));
  if (!product) throw new CatalogError("NOT_FOUND", "That product does not exist.");
  const onSale = await db
    .select()
    .from(prices)
    .where(and(eq(prices.productId, product.id), eq(prices.active, true)));
  if (!product.active && onSale.length === 0) {
    return { product, archivedPrices: 0, changed: false };
  }

  for (const price of onSale) await deactivateStripePrice(stripe, price);
  const stripeProductId = product.stripeProductId;
  if (stripeProductId) {
    await callStripe("archive the product in Stripe", () =>
      stripe.products.update(
        stripeProductId,
        { active: false },
        { idempotencyKey: idempotencyKey("admin-product-archive", product.id) },
      ),
    );
  }

  return db.transaction(async (tx) => {
    const archived = await tx
      .update(prices)
      .set({ active: false })
      .where(and(eq(prices.productId, product.id), eq(prices.active, true)))
      .returning();
    const [after] = await tx
      .update(products)
      .set({ active: false })
      .where(eq(products.id, product.id))
      .returning();
    if (!after) throw new Error(`Product ${product.id} vanished while being archived.`);
    for (const price of archived) {
      await audit(tx, {
        action: "price.archive",
        targetType: "price",
        targetId: price.id,
        before: priceSnapshot({ ...price, active: true }, product.name),
        after: priceSnapshot(price, product.name),
      });
    }
    await audit(tx, {
      action: "product.archive",
      targetType: "product",
      targetId: after.id,
      before: { ...productSnapshot(product), activePriceIds: onSale.map((price) => price.id) },
      after: { ...productSnapshot(after), archivedPriceIds: archived.map((price) => price.id) },
    });
    return { product: after, archivedPrices: archived.length, changed: true };
  });
}
