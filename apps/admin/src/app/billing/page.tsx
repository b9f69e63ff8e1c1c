import type { Metadata } from "next";

import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";
import { RedriveButton } from "./redrive-button";

export const metadata: Metadata = { title: "Billing syncs" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Stripe syncs that failed every retry: what failed, for whom, and a way to run them again. */
export default async function BillingSyncsPage() {
  await requireAdmin("/billing");
  const letters = await (await serverCaller()).billing.deadLetters();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Billing syncs that failed</h1>
      <p className="max-w-3xl text-slate-700">
        After a Stripe webhook, a job re-reads the customer from Stripe and updates purchases and
        subscriptions. A job that failed every retry lands here. Fix the cause (often a Stripe or
        database outage), then run them again: the sync is safe to repeat.
      </p>
      {letters.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">No failed syncs.</p>
      ) : (
        <>
          <RedriveButton count={letters.length} />
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left">
              <caption className="sr-only">Failed billing syncs</caption>
              <thead className="bg-slate-100 text-sm">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Failed
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Stripe customer
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Event
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Retries
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Error
                  </th>
                </tr>
              </thead>
              <tbody>
                {letters.map((letter) => (
                  <tr key={letter.id} className="border-t border-slate-200">
                    <td className="px-3 py-2">{when.format(letter.createdOn)} UTC</td>
                    <td className="px-3 py-2 font-mono text-sm">{letter.stripeCustomerId}</td>
                    <td className="px-3 py-2 font-mono text-sm">{letter.eventId ?? "—"}</td>
                    <td className="px-3 py-2">{letter.retries ?? "—"}</td>
                    <td className="px-3 py-2">{letter.error}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
