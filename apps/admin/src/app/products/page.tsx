/**
 * Products and prices: what Phasewise sells, made in Stripe from here. Prices are never edited
 * or deleted: to change one, add the new price and archive the old.
 */
import type { Metadata } from "next";
import { Suspense } from "react";

import { ProductCatalog } from "~/components/products/product-catalog";
import { requireAdmin } from "~/server/require-admin";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Products and prices" };

export default async function ProductsPage() {
  await requireAdmin("/products");
  prefetch(trpc.products.list.queryOptions());
  return (
    <HydrateClient>
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">Products and prices</h1>
        <p className="max-w-3xl text-slate-700">
          A program is sold once, for lifetime access; the membership is a monthly or yearly
          subscription to every program. Changes are made in Stripe at once. A price’s amount cannot
          change: add the new price, then archive the old one. Archiving stops new sales; customers
          who already paid keep their access. Nothing is ever deleted.
        </p>
        <Suspense fallback={<p role="status">Loading products…</p>}>
          <ProductCatalog />
        </Suspense>
      </div>
    </HydrateClient>
  );
}
