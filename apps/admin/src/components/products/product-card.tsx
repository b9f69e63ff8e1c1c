"use client";

/**
 * One product: what it sells (program or membership), status, its prices, and the actions —
 * edit the name, add a price, archive (which archives every price it still offers).
 */
import { useId, useState } from "react";
import { useMutation } from "@tanstack/react-query";

import { Button } from "@phasewise/ui";

import type { CatalogProduct } from "./use-products";
import { useTRPC } from "~/trpc/react";
import { AddPriceForm } from "./add-price-form";
import { ConfirmArchive } from "./confirm-archive";
import { EditProductForm } from "./edit-product-form";
import { PriceTable } from "./price-table";
import { StatusBadge } from "./status-badge";
import { useRefreshProducts } from "./use-products";

function ArchiveProduct({ product }: { product: CatalogProduct }) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const archive = useMutation(
    trpc.products.archive.mutationOptions({ onSuccess: () => refresh() }),
  );
  const onSale = product.prices.filter((price) => price.active).length;
  return (
    <ConfirmArchive
      subject={product.name}
      pending={archive.isPending}
      error={archive.error?.message ?? null}
      onConfirm={() => archive.mutate({ productId: product.id })}
    >
      <p>
        It stops being sold, here and in Stripe
        {onSale > 0 ? `, with its ${onSale === 1 ? "price" : `${onSale} prices`} on sale` : ""}.
        Nothing is deleted: customers who bought it or subscribe keep their access, and it stays
        listed under Archived.
      </p>
    </ConfirmArchive>
  );
}

export function ProductCard({ product }: { product: CatalogProduct }) {
  const headingId = useId();
  const [mode, setMode] = useState<"view" | "edit" | "add-price">("view");
  const onSale = product.prices.some((price) => price.active);
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={headingId} className="text-lg font-semibold">
              {product.name}
            </h3>
            <StatusBadge active={product.active} />
            {product.active && !onSale && <StatusBadge active={false} label="Not on sale" />}
          </div>
          <p className="text-sm text-slate-700">
            {product.kind === "membership"
              ? "Membership: opens every program"
              : `Lifetime access to ${product.program?.title ?? "a program that no longer exists"}`}
          </p>
          {product.description && <p className="text-slate-700">{product.description}</p>}
          {product.stripeProductId && (
            <p className="font-mono text-xs break-all text-slate-600">{product.stripeProductId}</p>
          )}
        </div>
        {product.active && mode === "view" && (
          <div className="flex flex-wrap gap-2">
            <Button
              tone="secondary"
              onClick={() => setMode("edit")}
              aria-label={`Edit ${product.name}`}
            >
              Edit
            </Button>
            <ArchiveProduct product={product} />
          </div>
        )}
      </div>
      {mode === "edit" && <EditProductForm product={product} onDone={() => setMode("view")} />}
      <PriceTable product={product} />
      {product.active &&
        (mode === "add-price" ? (
          <AddPriceForm product={product} onDone={() => setMode("view")} />
        ) : (
          <Button
            tone="secondary"
            className="self-start"
            aria-label={`Add a price to ${product.name}`}
            onClick={() => setMode("add-price")}
          >
            Add a price
          </Button>
        ))}
    </section>
  );
}
