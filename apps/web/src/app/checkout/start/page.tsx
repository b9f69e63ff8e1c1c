/**
 * `/checkout/start?price=…&from=…`: the Buy buttons' target. Signed-out visitors go to sign-in
 * (magic link) and come back here; signed-in ones are sent straight to Stripe Checkout. Problems
 * (already owned, not on sale) are explained here with a way back.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";

import { safeReturnPath } from "@phasewise/auth";
import { buttonClasses, Card, Notice } from "@phasewise/ui";

import { auth } from "~/server/auth";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Checkout" };

interface Props {
  searchParams: Promise<{ price?: string; from?: string }>;
}

export default async function CheckoutStartPage({ searchParams }: Props) {
  const { price, from } = await searchParams;
  const back = safeReturnPath(from ?? "/programs");
  const here = `/checkout/start?${new URLSearchParams({ price: price ?? "", from: back }).toString()}`;
  if (!(await auth())) redirect(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);

  let started: { url: string } | { problem: string };
  try {
    started = await (
      await serverCaller()
    ).billing.startCheckout({
      priceId: price ?? "",
      returnPath: back,
    });
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") throw error;
    started = {
      problem: error.code === "BAD_REQUEST" ? "That is not something we sell." : error.message,
    };
  }
  if ("url" in started) redirect(started.url);
  return (
    <Card className="mx-auto flex max-w-lg flex-col gap-4">
      <h1 className="text-2xl font-semibold">We could not start the checkout</h1>
      <Notice tone="warning">{started.problem}</Notice>
      <div className="flex flex-wrap gap-3">
        <Link href={back} className={buttonClasses()}>
          Go back
        </Link>
        <Link href="/account/billing" className={buttonClasses("secondary")}>
          Your billing
        </Link>
      </div>
    </Card>
  );
}
