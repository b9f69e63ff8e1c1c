"use client";

/**
 * The products page's content: a way to create a product, the products on sale, then the
 * archived ones (kept as a record, never deleted).
 */
import { useId, useState } from "react";

import { Button, Notice } from "@phasewise/ui";

import { CreateProductForm } from "./create-product-form";
import { ProductCard } from "./product-card";
import { useProducts } from "./use-products";

export function ProductCatalog() {
  const { products, programs } = useProducts();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const activeId = useId();
  const archivedId = useId();
  const active = products.filter((product) => product.active);
  const archived = products.filter((product) => !product.active);
  return (
    <div className="flex flex-col gap-6">
      {creating ? (
        <CreateProductForm
          programs={programs}
          onCreated={(name) => {
            setCreating(false);
            setCreated(name);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Button
          className="self-start"
          onClick={() => {
            setCreated(null);
            setCreating(true);
          }}
        >
          New product
        </Button>
      )}
      {created && (
        <Notice tone="success">Created “{created}”. Add a price to put it on sale.</Notice>
      )}

      <section aria-labelledby={activeId} className="flex flex-col gap-4">
        <h2 id={activeId} className="text-xl font-semibold">
          Products ({active.length})
        </h2>
        {active.length === 0 && <p className="text-slate-700">No products yet.</p>}
        {active.map((product) => (
          <ProductCard key={product.id} product={product} />
        ))}
      </section>

      {archived.length > 0 && (
        <section aria-labelledby={archivedId} className="flex flex-col gap-4">
          <h2 id={archivedId} className="text-xl font-semibold">
            Archived ({archived.length})
          </h2>
          {archived.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </section>
      )}
    </div>
  );
}
