"use server";

/** Account → Billing's server action: open the Stripe Billing Portal for the signed-in customer. */
import { redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";

import { serverCaller } from "~/trpc/server";

export async function openBillingPortal() {
  let url: string;
  try {
    ({ url } = await (await serverCaller()).billing.portal());
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      redirect("/sign-in?callbackUrl=/account/billing");
    }
    const message =
      error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR"
        ? error.message
        : "The billing portal could not be opened. Please try again.";
    redirect(`/account/billing?problem=${encodeURIComponent(message)}`);
  }
  redirect(url);
}
