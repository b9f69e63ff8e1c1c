/**
 * Runs a server-side tRPC call for a page and turns refusals into pages: sign-in for anonymous
 * visitors, the refusal page for customers, 404 for things that do not exist.
 */
import "server-only";

import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";

export async function callOrNotFound<T>(call: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "UNAUTHORIZED")
        redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (error.code === "FORBIDDEN") redirect("/not-allowed");
      if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
    }
    throw error;
  }
}
