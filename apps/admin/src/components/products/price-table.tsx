"use client";

/**
 * A product's prices, on sale first: amount, billing, trial, status, what was sold on it, and
 * an archive step that says what archiving does (and warns when it is the last price on sale).
 */
import { useMutation } from "@tanstack/react-query";

import type { CatalogPrice, CatalogProduct } from "./use-products";
import { formatMoney, plural } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { ConfirmArchive } from "./confirm-archive";
import { describeBilling } from "./price-format";
import { StatusBadge } from "./status-badge";
import { useRefreshProducts } from "./use-products";

const cell = "px-3 py-2 align-top";

function sales(price: CatalogPrice): string {
  if (price.type === "one_time") return plural(price.paidPurchases, "purchase");
  return plural(price.liveSubscriptions, "live subscription");
}

function ArchivePrice(props: { product: CatalogProduct; price: CatalogPrice; subject: string }) {
  const trpc = useTRPC();
  const refresh = useRefreshProducts();
  const archive = useMutation(
    trpc.products.archivePrice.mutationOptions({ onSuccess: () => refresh() }),
  );
  const lastOnSale =
    props.product.prices.filter((price) => price.active && price.id !== props.price.id).length ===
    0;
  return (
    <ConfirmArchive
      subject={props.subject}
      pending={archive.isPending}
      error={archive.error?.message ?? null}
      onConfirm={() => archive.mutate({ priceId: props.price.id })}
    >
      <p>
        New customers can no longer buy at this price; it is archived in Stripe too and kept here as
        a record.{" "}
        {props.price.type === "recurring"
          ? "Current subscribers keep their plan and access."
          : "Customers who bought it keep their access."}
      </p>
      {lastOnSale && (
        <p className="mt-1 font-semibold">
          This is the last price on sale for {props.product.name}: it cannot be bought until you add
          a new price.
        </p>
      )}
    </ConfirmArchive>
  );
}

export function PriceTable({ product }: { product: CatalogProduct }) {
  if (product.prices.length === 0) {
    return <p className="text-slate-700">No prices yet: this product cannot be bought.</p>;
  }
  return (
    // Focusable so the table can be scrolled sideways by keyboard on a phone; `relative` keeps
    // the visually hidden header inside the scroll area instead of widening the page.
    <div
      role="group"
      aria-label={`Prices of ${product.name}`}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700"
    >
      <table className="w-full text-left">
        <caption className="sr-only">Prices of {product.name}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-3 py-2">
              Price
            </th>
            <th scope="col" className="px-3 py-2">
              Free trial
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              Sold
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {product.prices.map((price) => {
            const label = `${formatMoney(price.unitAmount, price.currency)} ${describeBilling(price)}`;
            return (
              <tr key={price.id} className="border-t border-slate-200">
                <th scope="row" className={`${cell} font-medium`}>
                  {label}
                  {price.stripePriceId && (
                    <span className="block font-mono text-xs font-normal break-all text-slate-600">
                      {price.stripePriceId}
                    </span>
                  )}
                </th>
                <td className={cell}>{price.trialDays ? `${price.trialDays} days` : "—"}</td>
                <td className={cell}>
                  <StatusBadge active={price.active} />
                </td>
                <td className={cell}>{sales(price)}</td>
                <td className={cell}>
                  {price.active && product.active && (
                    <ArchivePrice product={product} price={price} subject={label} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
