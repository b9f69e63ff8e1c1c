/**
 * HTTP entry points for the two apps' route handlers: each app mounts exactly one router.
 * Unexpected errors are logged here, on the server, and reach the client only as a generic message.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";

import type { Session } from "@phasewise/auth";
import type { Database } from "@phasewise/db/client";

import { adminRouter } from "./admin-router";
import { customerRouter } from "./customer-router";
import { createTRPCContext } from "./trpc";

interface HandleOptions {
  request: Request;
  endpoint: string;
  session: Session | null;
  db?: Database;
}

function logUnexpected({
  error,
  path,
}: {
  error: { code: string; cause?: unknown };
  path?: string;
}) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
  }
}

export function handleCustomerRequest(options: HandleOptions) {
  return fetchRequestHandler({
    endpoint: options.endpoint,
    req: options.request,
    router: customerRouter,
    createContext: () =>
      createTRPCContext({
        headers: options.request.headers,
        session: options.session,
        db: options.db,
      }),
    onError: logUnexpected,
  });
}

export function handleAdminRequest(options: HandleOptions) {
  return fetchRequestHandler({
    endpoint: options.endpoint,
    req: options.request,
    router: adminRouter,
    createContext: () =>
      createTRPCContext({
        headers: options.request.headers,
        session: options.session,
        db: options.db,
      }),
    onError: logUnexpected,
  });
}
