import type { Metadata } from "next";

import { UserSearchTable } from "~/components/user-search-table";
import { requireAdmin } from "~/server/require-admin";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireAdmin("/users");
  prefetch(trpc.users.list.queryOptions({ query: "", page: 1, pageSize: 25 }));
  return (
    <HydrateClient>
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">Users</h1>
        <UserSearchTable list="users" />
      </div>
    </HydrateClient>
  );
}
