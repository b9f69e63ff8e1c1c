/**
 * Creates a product from the admin: first in Stripe, under an id derived from our row id, then
 * our row and its audit entry in one transaction. The caller picks the row id, so a retry after
 * any failure (Stripe answered but the database write failed, a lost response, a double click)
 * finds the same Stripe product and the same row instead of making a second one.
 */
import type Stripe from "stripe";
import { and, eq } from "drizzle-orm";

import type { Database } from "@phasewise/db/client";
import type { Product } from "@phasewise/db/schema";
import { products, programs } from "@phasewise/db/schema";

import type { CatalogAudit } from "./catalog-audit";
import { idempotencyKey, paramsDigest } from "../stripe/idempotency";
import { isResourceMissing } from "../stripe/stripe-ids";
import { productSnapshot } from "./catalog-audit";
import { callStripe, CatalogError } from "./catalog-errors";
import { updateKey } from "./update-product";

export interface CreateProductInput {
  /** Our row id, chosen by the caller (one per form submission). */
  id: string;
  kind: "program" | "membership";
  /** The program a program product opens; null for the membership. */
  programId: string | null;
  name: string;
  description: string | null;
}

/** Stripe id of a product created from the admin (seeded products use `phasewise_<lookup key>`). */
export function stripeProductIdFor(productId: string): string {
  return `phasewise_${productId.replaceAll("-", "")}`;
}

async function checkProgram(db: Database, input: CreateProductInput) {
  if (input.kind !== "program" || !input.programId) return;
  const [program] = await db
    .select({ id: programs.id, title: programs.title })
    .from(programs)
    .where(eq(programs.id, input.programId));
  if (!program) {
    throw new CatalogError("NOT_FOUND", "That program does not exist.", {
      programId: ["Choose a program from the list."],
    });
  }
  const [onSale] = await db
    .select({ name: products.name })
    .from(products)
    .where(and(eq(products.programId, program.id), eq(products.active, true)));
  if (onSale) {
    // The storefront sells one product per program; a second would compete with the first.
    throw new CatalogError("CONFLICT", `“${program.title}” already has a product on sale.`, {
      programId: [
        `“${onSale.name}” already sells this program: add a price to it, or archive it first.`,
      ],
    });
  }
}

async function ensureStripeProduct(stripe: Stripe, input: CreateProductInput): Promise<string> {
  const id = stripeProductIdFor(input.id);
  const wanted = { name: input.name, description: input.description ?? "" };
  const existing = await callStripe("create the product in Stripe", async () => {
    try {
      return await stripe.products.retrieve(id);
    } catch (error) {
      if (isResourceMissing(error)) return null;
      throw error;
    }
  });
  if (existing) {
    // A retry may carry an edited name: Stripe follows what the admin last asked for.
    if (existing.name !== wanted.name || (existing.description ?? "") !== wanted.description) {
      await callStripe("update the product in Stripe", () =>
        stripe.products.update(id, wanted, {
          idempotencyKey: updateKey(input.id),
        }),
      );
    }
    return id;
  }
  const params: Stripe.ProductCreateParams = {
    id,
    name: input.name,
    ...(input.description && { description: input.description }),
    metadata: { phasewise_product_id: input.id, phasewise_kind: input.kind },
  };
  const created = await callStripe("create the product in Stripe", () =>
    stripe.products.create(params, {
      idempotencyKey: idempotencyKey("admin-product", input.id, paramsDigest(params)),
    }),
  );
  return created.id;
}

export async function createProduct(
  db: Database,
  stripe: Stripe,
  input: CreateProductInput,
  audit: CatalogAudit,
): Promise<{ product: Product; created: boolean }> {
  const [already] = await db.select().from(products).where(eq(products.id, input.id));
  if (already) return { product: already, created: false };
  await checkProgram(db, input);

  const stripeProductId = await ensureStripeProduct(stripe, input);
  return db.transaction(async (tx) => {
    const [product] = await tx
      .insert(products)
      .values({
        id: input.id,
        kind: input.kind,
        programId: input.kind === "program" ? input.programId : null,
        name: input.name,
        description: input.description,
        stripeProductId,
      })
      .onConflictDoNothing({ target: products.id })
      .returning();
    if (!product) {
      // A concurrent retry of the same submission wrote it first.
      const [winner] = await tx.select().from(products).where(eq(products.id, input.id));
      if (!winner) throw new Error(`Product ${input.id} vanished while being created.`);
      return { product: winner, created: false };
    }
    await audit(tx, {
      action: "product.create",
      targetType: "product",
      targetId: product.id,
      before: null,
      after: productSnapshot(product),
    });
    return { product, created: true };
  });
}
