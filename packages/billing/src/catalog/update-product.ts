/**
 * Renames a product or changes its description, in Stripe (what Checkout and receipts show) and
 * here, with the audit entry in the same transaction. Kind and program never change: purchases
 * already made point at the product, and what it opens must stay what was bought.
 */
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import type { Product } from "@phasewise/db/schema";
import { products } from "@phasewise/db/schema";

import type { CatalogAudit } from "./catalog-audit";
import { idempotencyKey } from "../stripe/idempotency";
import { productSnapshot } from "./catalog-audit";
import { callStripe, CatalogError } from "./catalog-errors";

export interface UpdateProductInput {
  productId: string;
  name: string;
  description: string | null;
}

/**
 * One key per update request. Setting a name is safe to repeat, so the key only has to make the
 * SDK's own retries of this request safe; a key derived from the values would make Stripe replay
 * an old answer, and ignore the change, when an admin renames A → B → A → B within a day.
 */
export function updateKey(productId: string): string {
  return idempotencyKey("admin-product-update", productId, randomUUID());
}

export async function updateProduct(
  db: Database,
  stripe: Stripe,
  input: UpdateProductInput,
  audit: CatalogAudit,
): Promise<{ product: Product; changed: boolean }> {
  const [current] = await db.select().from(products).where(eq(products.id, input.productId));
  if (!current) throw new CatalogError("NOT_FOUND", "That product does not exist.");
  if (current.name === input.name && current.description === input.description) {
    return { product: current, changed: false };
  }

  const stripeProductId = current.stripeProductId;
  if (stripeProductId) {
    // Stripe clears a field sent as an empty string.
    const params = { name: input.name, description: input.description ?? "" };
    await callStripe("update the product in Stripe", () =>
      stripe.products.update(stripeProductId, params, {
        idempotencyKey: updateKey(current.id),
      }),
    );
  }
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(products)
      .where(eq(products.id, current.id))
      .for("update");
    if (!before) throw new CatalogError("NOT_FOUND", "That product does not exist.");
    const [after] = await tx
      .update(products)
      .set({ name: input.name, description: input.description })
      .where(eq(products.id, current.id))
      .returning();
    if (!after) throw new Error(`Product ${current.id} vanished while being updated.`);
    await audit(tx, {
      action: "product.update",
      targetType: "product",
      targetId: after.id,
      before: productSnapshot(before),
      after: productSnapshot(after),
    });
    return { product: after, changed: true };
  });
}
