import type { Metadata } from "next";

import { AnalyticsFiltersForm } from "~/components/analytics/analytics-filters";
import {
  formatCount,
  formatMonth,
  formatPainChange,
  monthsFor,
  parseFilters,
} from "~/components/analytics/analytics-format";
import { HeadlineFigures } from "~/components/analytics/headline-figures";
import { LineChart } from "~/components/analytics/line-chart";
import { StackedBarChart } from "~/components/analytics/stacked-bar-chart";
import { formatMoney } from "~/lib/format";
import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Analytics" };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Revenue and subscriptions per month, with the program's headline figures. */
export default async function AnalyticsOverviewPage({ searchParams }: PageProps) {
  await requireAdmin("/analytics");
  const filters = parseFilters(await searchParams);
  const caller = await serverCaller();
  const input = { programId: filters.programId, days: filters.days };
  const [options, revenue, summary] = await callOrNotFound(
    () =>
      Promise.all([
        caller.analytics.filters(),
        caller.analytics.revenue({ months: monthsFor(filters.days) }),
        caller.analytics.summary(input),
      ]),
    "/analytics",
  );
  const { currency, months } = revenue;
  const money = (cents: number) => formatMoney(cents, currency, { wholeUnits: true });
  const labels = months.map((month) => formatMonth(month.month));
  const current = months[months.length - 1];
  const total = months.reduce((sum, month) => sum + month.total, 0);

  return (
    <>
      <AnalyticsFiltersForm
        filters={filters}
        programs={options.programs}
        programId={summary.program.id}
        rangeLabel="Range"
      />
      <section aria-labelledby="headline" className="flex flex-col gap-3">
        <h2 id="headline" className="sr-only">
          Headline figures
        </h2>
        <HeadlineFigures
          figures={[
            {
              label: "Revenue this month",
              value: money(current?.total ?? 0),
              detail: "One-time minus refunds, plus estimated recurring (all programs)",
            },
            {
              label: "Active subscriptions",
              value: formatCount(current?.activeSubscriptions ?? 0),
              detail: `${formatCount(current?.trialing ?? 0)} trialing · MRR ${money(current?.mrr ?? 0)}`,
            },
            {
              label: "Active customers",
              value: formatCount(summary.activeCustomers),
              detail: `${summary.program.title}: active in the last 30 days, of ${formatCount(summary.enrolled)} enrolled`,
            },
            {
              label: "Average pain change",
              value:
                summary.averagePainChange === null
                  ? "—"
                  : `${formatPainChange(summary.averagePainChange)} / 10`,
              detail: `Latest re-test vs baseline, ${formatCount(summary.painSample)} customers re-tested in the last ${filters.days} days`,
            },
          ]}
        />
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <StackedBarChart
          title="Revenue per month"
          summary={`${money(total)} over the last ${months.length} months, ${money(current?.total ?? 0)} so far this month. Recurring revenue is estimated from each subscription's price and billing dates (invoices are not stored); refunds are subtracted in the month they were made.`}
          categories={labels}
          series={[
            {
              label: "One-time purchases",
              fill: "fill-brand-700",
              values: months.map((month) => month.oneTime),
            },
            {
              label: "Recurring (estimated)",
              fill: "fill-sky-400",
              values: months.map((month) => month.recurringEstimate),
            },
          ]}
          formatTick={(value) => money(value).replace(/,000$/, "k")}
          table={{
            columns: ["Month", "One-time", "Refunds", "Recurring (est.)", "Total"],
            rows: months.map((month, index) => [
              labels[index] ?? month.month,
              money(month.oneTime),
              month.refunds ? `\u2212${money(month.refunds)}` : money(0),
              money(month.recurringEstimate),
              money(month.total),
            ]),
          }}
          emptyMessage="No revenue in these months."
        />
        <LineChart
          title="Subscriptions at each month's end"
          summary={`${formatCount(current?.activeSubscriptions ?? 0)} running now, ${formatCount(current?.trialing ?? 0)} of them in their trial. A subscription counts from its start until it was canceled (status history is not stored, so past months are rebuilt from start and cancel dates).`}
          categories={labels}
          series={[
            {
              label: "Active (incl. trialing)",
              tone: "stroke-brand-700 fill-brand-700",
              values: months.map((month) => month.activeSubscriptions),
            },
            {
              label: "Trialing",
              tone: "stroke-slate-700 fill-slate-700",
              dash: "6 4",
              values: months.map((month) => month.trialing),
            },
          ]}
          table={{
            columns: ["Month", "Active", "Trialing", "MRR", "New", "Ended"],
            rows: months.map((month, index) => [
              labels[index] ?? month.month,
              formatCount(month.activeSubscriptions),
              formatCount(month.trialing),
              money(month.mrr),
              formatCount(month.newSubscriptions),
              formatCount(month.endedSubscriptions),
            ]),
          }}
          emptyMessage="No subscriptions in these months."
        />
      </div>
    </>
  );
}
