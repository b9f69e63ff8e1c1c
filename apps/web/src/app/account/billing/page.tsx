/**
 * Account → Billing: the current plan with its renewal or end date, purchases, what is open and
 * why, invoices and receipts, and the button to the Stripe Billing Portal. Server-rendered.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { Button, buttonClasses, Card, Notice } from "@phasewise/ui";

import { formatDate, formatMoney } from "~/components/billing/format-money";
import { TestPaymentsBadge } from "~/components/billing/test-payments-badge";
import { auth } from "~/server/auth";
import { serverCaller } from "~/trpc/server";
import { openBillingPortal } from "./actions";
import { accessReasonText, planStatusText } from "./billing-text";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<{ problem?: string }>;
}) {
  if (!(await auth())) redirect("/sign-in?callbackUrl=/account/billing");
  const { problem } = await searchParams;
  const overview = await (await serverCaller()).billing.overview();
  const { plan, history } = overview;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Billing</h1>
        {overview.testPayments && <TestPaymentsBadge />}
      </div>
      {problem && <Notice tone="danger">{problem}</Notice>}

      <Card className="flex flex-col gap-3" aria-labelledby="plan">
        <h2 id="plan" className="text-xl font-semibold">
          Your plan
        </h2>
        {plan ? (
          <div data-testid="billing-plan" className="flex flex-col gap-1">
            <p className="text-lg font-medium">
              {plan.name}
              {plan.amount !== null && plan.currency && plan.interval && (
                <span className="font-normal text-slate-600">
                  {" "}
                  · {formatMoney(plan.amount, plan.currency)} a {plan.interval}
                </span>
              )}
            </p>
            <p className="text-slate-700">{planStatusText(plan)}</p>
          </div>
        ) : (
          <p className="text-slate-700">
            No membership.{" "}
            <Link href="/programs" className="text-brand-700 underline">
              Browse the programs
            </Link>
            .
          </p>
        )}
        {overview.hasBillingAccount && (
          <form action={openBillingPortal}>
            <Button type="submit" tone="secondary">
              Manage billing
            </Button>
            <p className="mt-2 text-sm text-slate-600">
              Update your card, switch between monthly and yearly, pause or cancel.
            </p>
          </form>
        )}
      </Card>

      <Card className="flex flex-col gap-3" aria-labelledby="access">
        <h2 id="access" className="text-xl font-semibold">
          What you can open
        </h2>
        {overview.access.length === 0 ? (
          <p className="text-slate-700">Nothing yet.</p>
        ) : (
          <ul data-testid="billing-access" className="flex flex-col gap-2">
            {overview.access.map((access, index) => (
              <li key={index}>
                <span className="font-medium">{access.programTitle ?? "Every program"}</span>
                <span className="text-slate-700"> — {accessReasonText(access)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {overview.purchases.length > 0 && (
        <Card className="flex flex-col gap-3" aria-labelledby="purchases">
          <h2 id="purchases" className="text-xl font-semibold">
            Purchases
          </h2>
          <ul className="flex flex-col gap-2">
            {overview.purchases.map((purchase) => (
              <li key={purchase.id} className="flex flex-wrap justify-between gap-2">
                <span>
                  {purchase.name} · {formatDate(purchase.purchasedAt)}
                </span>
                <span className="text-slate-700">
                  {formatMoney(purchase.amount, purchase.currency)} ·{" "}
                  {purchase.status === "refunded" && purchase.refundedAt
                    ? `refunded ${formatDate(purchase.refundedAt)}`
                    : purchase.status}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {overview.hasBillingAccount && (
        <Card className="flex flex-col gap-3" aria-labelledby="invoices">
          <h2 id="invoices" className="text-xl font-semibold">
            Invoices and receipts
          </h2>
          {history === null ? (
            <p className="text-slate-700">
              Invoices cannot be loaded right now. Please try again later.
            </p>
          ) : history.invoices.length + history.receipts.length === 0 ? (
            <p className="text-slate-700">None yet.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {history.invoices.map((invoice) => (
                <li key={invoice.id} className="flex flex-wrap justify-between gap-2">
                  <span>
                    Invoice {invoice.number ?? invoice.id} · {formatDate(invoice.createdAt)}
                  </span>
                  <span className="flex gap-3 text-slate-700">
                    {formatMoney(invoice.amountPaid || invoice.amountDue, invoice.currency)} ·{" "}
                    {invoice.status}
                    {invoice.url && (
                      <a href={invoice.url} className="text-brand-700 underline">
                        View
                      </a>
                    )}
                  </span>
                </li>
              ))}
              {history.receipts.map((receipt) => (
                <li key={receipt.id} className="flex flex-wrap justify-between gap-2">
                  <span>
                    Receipt{receipt.description ? ` for ${receipt.description}` : ""} ·{" "}
                    {formatDate(receipt.createdAt)}
                  </span>
                  <span className="flex gap-3 text-slate-700">
                    {formatMoney(receipt.amount, receipt.currency)}
                    {receipt.amountRefunded > 0 && " · refunded"}
                    {receipt.url && (
                      <a href={receipt.url} className="text-brand-700 underline">
                        View
                      </a>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      <Link href="/account" className={buttonClasses("ghost", "self-start")}>
        Back to your account
      </Link>
    </div>
  );
}
