/**
 * Seeds what Phasewise sells: lifetime access to a program (one-time price) and the membership
 * (monthly with a free trial, and yearly) that opens every published program. Rows carry stable
 * lookup keys; `pnpm billing:catalog` creates the matching Stripe products and prices and stores
 * their ids here. Safe to run repeatedly: existing rows (and admin edits to them) are kept.
 */
import { eq } from "drizzle-orm";

import type { Executor } from "../client";
import { prices, products } from "../schema";

export interface CatalogPriceSeed {
  lookupKey: string;
  type: "one_time" | "recurring";
  interval: "month" | "year" | null;
  unitAmount: number;
  trialDays: number | null;
}

export interface CatalogProductSeed {
  lookupKey: string;
  kind: "program" | "membership";
  name: string;
  description: string;
  prices: CatalogPriceSeed[];
}

export const membershipSeed: CatalogProductSeed = {
  lookupKey: "membership",
  kind: "membership",
  name: "Phasewise membership",
  description: "Every published program, new ones included, while you are a member.",
  prices: [
    {
      lookupKey: "membership-monthly",
      type: "recurring",
      interval: "month",
      unitAmount: 1900,
      trialDays: 7,
    },
    {
      lookupKey: "membership-yearly",
      type: "recurring",
      interval: "year",
      unitAmount: 14900,
      trialDays: null,
    },
  ],
};

export function programProductSeed(slug: string, title: string): CatalogProductSeed {
  return {
    lookupKey: slug,
    kind: "program",
    name: title,
    description: `Lifetime access to ${title}, every phase and future updates.`,
    prices: [
      {
        lookupKey: `${slug}-lifetime`,
        type: "one_time",
        interval: null,
        unitAmount: 7900,
        trialDays: null,
      },
    ],
  };
}

async function seedProduct(db: Executor, seed: CatalogProductSeed, programId: string | null) {
  await db
    .insert(products)
    .values({
      kind: seed.kind,
      programId,
      name: seed.name,
      description: seed.description,
      lookupKey: seed.lookupKey,
    })
    .onConflictDoNothing({ target: products.lookupKey });
  const [product] = await db
    .select({ id: products.id })
    .from(products)
    .where(eq(products.lookupKey, seed.lookupKey));
  if (!product) throw new Error(`Could not seed product ${seed.lookupKey}`);
  for (const price of seed.prices) {
    await db
      .insert(prices)
      .values({ productId: product.id, currency: "usd", ...price })
      .onConflictDoNothing({ target: prices.lookupKey });
  }
  return product.id;
}

/** The program's lifetime product and the membership, with their prices (no Stripe ids yet). */
export async function seedCatalog(
  db: Executor,
  program: { id: string; slug: string; title: string },
) {
  await seedProduct(db, programProductSeed(program.slug, program.title), program.id);
  await seedProduct(db, membershipSeed, null);
}
