/**
 * `/checkout/return?session_id=…`: where Stripe Checkout sends the buyer back. It shows the access
 * as soon as Stripe confirms the payment, by running the same sync the webhook runs.
 */
import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Card } from "@phasewise/ui";

import { auth } from "~/server/auth";
import { TRPCReactProvider } from "~/trpc/react";
import { CheckoutStatus } from "./checkout-status";

export const metadata: Metadata = { title: "Thank you" };

interface Props {
  searchParams: Promise<{ session_id?: string }>;
}

export default async function CheckoutReturnPage({ searchParams }: Props) {
  const { session_id: sessionId } = await searchParams;
  if (!(await auth())) {
    const here = `/checkout/return?session_id=${encodeURIComponent(sessionId ?? "")}`;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
  }
  return (
    <TRPCReactProvider>
      <Card className="mx-auto flex max-w-lg flex-col gap-4">
        <CheckoutStatus sessionId={sessionId ?? ""} />
      </Card>
    </TRPCReactProvider>
  );
}
