/**
 * Runs a server-side tRPC call for a page and turns refusals into the right response: sign-in
 * for anonymous visitors, 403 for customers without access, 404 for things that do not exist.
 */
import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";

export async function callOrRefuse<T>(call: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED")
        redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "NOT_FOUND") notFound();
    }
    throw error;
  }
}
