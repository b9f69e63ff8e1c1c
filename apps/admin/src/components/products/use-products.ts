"use client";

/** The catalog query and a way to refresh it after a change. */
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";

export function useProducts() {
  const trpc = useTRPC();
  return useSuspenseQuery(trpc.products.list.queryOptions()).data;
}

export type CatalogProduct = ReturnType<typeof useProducts>["products"][number];
export type CatalogPrice = CatalogProduct["prices"][number];

export function useRefreshProducts() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.products.list.queryFilter());
}
