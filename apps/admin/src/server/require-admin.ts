/**
 * The server-side gate of every admin page: anonymous visitors go to sign-in; a signed-in
 * customer gets the refusal page. (The admin tRPC procedures check the role again.)
 */
import "server-only";

import { redirect } from "next/navigation";

import { auth } from "./auth";

export async function requireAdmin(returnTo: string) {
  const session = await auth();
  if (!session) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (session.user.role !== "admin") redirect("/not-allowed");
  return session;
}
