import type { Metadata } from "next";

import { UserSearchTable } from "~/components/user-search-table";
import { requireAdmin } from "~/server/require-admin";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage() {
  await requireAdmin("/customers");
  prefetch(trpc.customers.search.queryOptions({ query: "", page: 1, pageSize: 25 }));
  return (
    <HydrateClient>
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">Customers</h1>
        <UserSearchTable list="customers" />
      </div>
    </HydrateClient>
  );
}
