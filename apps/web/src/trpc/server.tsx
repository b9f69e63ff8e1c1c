/**
 * Server-side tRPC for React Server Components: a per-request query client and context, an
 * options proxy for prefetching, and HydrateClient to hand prefetched data to client components.
 */
import "server-only";

import type { FetchQueryOptions, QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { cache } from "react";
import { headers } from "next/headers";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";

import { createCallerFactory, createTRPCContext, customerRouter } from "@phasewise/api";
import { createQueryClient } from "@phasewise/ui/query-client";

import { auth } from "~/server/auth";

const createContext = cache(async () =>
  createTRPCContext({ headers: new Headers(await headers()), session: await auth() }),
);

export const getQueryClient = cache(createQueryClient);

export const trpc = createTRPCOptionsProxy({
  router: customerRouter,
  ctx: createContext,
  queryClient: getQueryClient,
});

/** Calls procedures directly from a server component (no HTTP, no cache). */
export const serverCaller = cache(async () =>
  createCallerFactory(customerRouter)(await createContext()),
);

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/** Starts a query on the server; HydrateClient streams its result to the client. */
export function prefetch<TData, TError, TKey extends QueryKey>(
  queryOptions: FetchQueryOptions<TData, TError, TData, TKey>,
) {
  void getQueryClient().prefetchQuery(queryOptions);
}
