/**
 * Archives a price: inactive in Stripe (no new Checkout can use it) and here (no longer offered),
 * never deleted. Customers who already pay it keep their subscription and access; their rows keep
 * pointing at it. Archiving twice is a no-op, so a retry after a failure converges.
 */
import type Stripe from "stripe";
import { and, eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import type { Price } from "@phasewise/db/schema";
import { prices, products } from "@phasewise/db/schema";

import type { CatalogAudit } from "./catalog-audit";
import { idempotencyKey } from "../stripe/idempotency";
import { priceSnapshot } from "./catalog-audit";
import { callStripe, CatalogError } from "./catalog-errors";

/** Sets a Stripe price inactive; Stripe answers the same for an already inactive one. */
export async function deactivateStripePrice(stripe: Stripe, price: Price): Promise<void> {
  const stripePriceId = price.stripePriceId;
  if (!stripePriceId) return;
  await callStripe("archive the price in Stripe", () =>
    stripe.prices.update(
      stripePriceId,
      { active: false },
      { idempotencyKey: idempotencyKey("admin-price-archive", price.id) },
    ),
  );
}

export async function archivePrice(
  db: Database,
  stripe: Stripe,
  input: { priceId: string },
  audit: CatalogAudit,
): Promise<{ price: Price; changed: boolean }> {
  const [row] = await db
    .select({ price: prices, productName: products.name })
    .from(prices)
    .innerJoin(products, eq(products.id, prices.productId))
    .where(eq(prices.id, input.priceId));
  if (!row) throw new CatalogError("NOT_FOUND", "That price does not exist.");
  if (!row.price.active) return { price: row.price, changed: false };

  await deactivateStripePrice(stripe, row.price);
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(prices)
      .set({ active: false })
      .where(and(eq(prices.id, row.price.id), eq(prices.active, true)))
      .returning();
    if (!after) {
      // Someone archived it in the meantime: their entry is the one in the log.
      const [current] = await tx.select().from(prices).where(eq(prices.id, row.price.id));
      return { price: current ?? row.price, changed: false };
    }
    await audit(tx, {
      action: "price.archive",
      targetType: "price",
      targetId: after.id,
      before: priceSnapshot(row.price, row.productName),
      after: priceSnapshot(after, row.productName),
    });
    return { price: after, changed: true };
  });
}
