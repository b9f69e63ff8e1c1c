"use client";

/**
 * The searchable, paged people list of the admin app (Users and Customers): search runs as you
 * type, and on the Customers page each email links to the customer's page.
 */
import { useDeferredValue, useState } from "react";
import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { Button, TextField } from "@phasewise/ui";

import { formatDate } from "~/lib/format";
import { useTRPC } from "~/trpc/react";

const pageSize = 25;

export function UserSearchTable({ list }: { list: "users" | "customers" }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(1);
  const input = { query: useDeferredValue(query), page, pageSize };
  const { data, isFetching, error } = useQuery({
    ...(list === "customers"
      ? trpc.customers.search.queryOptions(input)
      : trpc.users.list.queryOptions(input)),
    placeholderData: keepPreviousData,
  });
  const noun = list === "customers" ? "Customers" : "Users";
  const pageCount = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;
  return (
    <div className="flex flex-col gap-4">
      <TextField
        label="Search by email or name"
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setPage(1);
        }}
      />
      {error && <p className="text-danger-700">{error.message}</p>}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">
            {noun}
            {isFetching ? " (updating)" : ""}
          </caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              {["Email", "Name", "Role", "Joined"].map((heading) => (
                <th key={heading} scope="col" className="px-3 py-2">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data?.items.map((person) => (
              <tr key={person.id} className="border-t border-slate-200">
                <td className="px-3 py-2">
                  {list === "customers" ? (
                    <Link
                      href={`/customers/${person.id}`}
                      className="text-brand-700 underline hover:text-brand-900"
                    >
                      {person.email}
                    </Link>
                  ) : (
                    person.email
                  )}
                </td>
                <td className="px-3 py-2">{person.name ?? "—"}</td>
                <td className="px-3 py-2">{person.role}</td>
                <td className="px-3 py-2">{formatDate(person.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex items-center gap-3">
        <Button tone="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          Previous
        </Button>
        <span aria-live="polite">
          Page {page} of {pageCount} · {data?.total ?? 0} {noun.toLowerCase()}
        </span>
        <Button tone="secondary" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
          Next
        </Button>
      </div>
    </div>
  );
}
