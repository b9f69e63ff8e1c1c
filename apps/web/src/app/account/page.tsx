import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { Card } from "@phasewise/ui";

import { auth } from "~/server/auth";
import { TRPCReactProvider } from "~/trpc/react";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const session = await auth();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  prefetch(trpc.me.get.queryOptions());
  return (
    <TRPCReactProvider>
      <HydrateClient>
        <Card className="mx-auto flex max-w-lg flex-col gap-4">
          <h1 className="text-2xl font-semibold">Your account</h1>
          <ProfileForm />
          <Link href="/account/billing" className="font-medium text-brand-700 underline">
            Billing: plan, receipts and payment details
          </Link>
        </Card>
      </HydrateClient>
    </TRPCReactProvider>
  );
}
