"use client";

/** Client-side tRPC for the admin router: provider and hooks. */
import { httpBatchStreamLink, loggerLink } from "@trpc/client";
import superjson from "superjson";

import type { AdminRouter } from "@phasewise/api";
import { createTRPCReact } from "@phasewise/ui/trpc";

export const { TRPCReactProvider, useTRPC, useTRPCClient } = createTRPCReact<AdminRouter>(() => [
  loggerLink({
    enabled: (op) => op.direction === "down" && op.result instanceof Error,
  }),
  httpBatchStreamLink({ transformer: superjson, url: "/api/trpc" }),
]);
