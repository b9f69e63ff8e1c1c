"use client";

/** Searchable, paged list of customers; each row links to the customer's page. */
import { useDeferredValue, useState } from "react";
import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { Button, TextField } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

export function CustomersTable() {
  const trpc = useTRPC();
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(1);
  const deferredQuery = useDeferredValue(query);
  const { data, isFetching, error } = useQuery({
    ...trpc.customers.search.queryOptions({ query: deferredQuery, page }),
    placeholderData: keepPreviousData,
  });
  const pageCount = data ? Math.max(1, Math.ceil(data.total / 25)) : 1;
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
          <caption className="sr-only">Customers{isFetching ? " (updating)" : ""}</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-3 py-2">
                Email
              </th>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                Role
              </th>
              <th scope="col" className="px-3 py-2">
                Joined
              </th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((customer) => (
              <tr key={customer.id} className="border-t border-slate-200">
                <td className="px-3 py-2">
                  <Link
                    href={`/customers/${customer.id}`}
                    className="text-brand-700 underline hover:text-brand-900"
                  >
                    {customer.email}
                  </Link>
                </td>
                <td className="px-3 py-2">{customer.name ?? "—"}</td>
                <td className="px-3 py-2">{customer.role}</td>
                <td className="px-3 py-2">{customer.createdAt.toLocaleDateString("en")}</td>
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
          Page {page} of {pageCount} · {data?.total ?? 0} customers
        </span>
        <Button tone="secondary" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
          Next
        </Button>
      </div>
    </div>
  );
}
