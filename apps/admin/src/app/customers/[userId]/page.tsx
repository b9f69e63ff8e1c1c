import type { Metadata } from "next";
import { Suspense } from "react";

import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { CustomerDetail } from "./customer-detail";

export const metadata: Metadata = { title: "Customer" };

interface Props {
  params: Promise<{ userId: string }>;
}

export default async function CustomerPage({ params }: Props) {
  const { userId } = await params;
  await requireAdmin(`/customers/${userId}`);
  // Awaited (not just prefetched) so an unknown customer is a 404, not an error boundary.
  await callOrNotFound(
    () => getQueryClient().fetchQuery(trpc.customers.get.queryOptions({ userId })),
    `/customers/${userId}`,
  );
  return (
    <HydrateClient>
      <Suspense fallback={<p role="status">Loading the customer…</p>}>
        <CustomerDetail userId={userId} />
      </Suspense>
    </HydrateClient>
  );
}
