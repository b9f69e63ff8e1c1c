import type { Metadata } from "next";

import { AnalyticsFiltersForm } from "~/components/analytics/analytics-filters";
import {
  formatCount,
  formatPainChange,
  formatPercent,
  parseFilters,
} from "~/components/analytics/analytics-format";
import { HorizontalBarChart } from "~/components/analytics/horizontal-bar-chart";
import { PainChangeChart } from "~/components/analytics/pain-change-chart";
import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Adherence & pain · Analytics" };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const perWeek = (value: number | null) => (value === null ? "—" : value.toFixed(1));

/** Sessions per week against each phase's recommendation, and knee pain against baseline. */
export default async function AnalyticsOutcomesPage({ searchParams }: PageProps) {
  await requireAdmin("/analytics/outcomes");
  const filters = parseFilters(await searchParams);
  const caller = await serverCaller();
  const input = { programId: filters.programId, days: filters.days };
  const [options, adherence, pain] = await callOrNotFound(
    () =>
      Promise.all([
        caller.analytics.filters(),
        caller.analytics.adherence(input),
        caller.analytics.painChange(input),
      ]),
    "/analytics/outcomes",
  );
  const stints = adherence.phases.reduce((sum, phase) => sum + phase.stints, 0);
  const onTarget = adherence.phases.reduce((sum, phase) => sum + phase.atLeast100, 0);
  const phaseLabel = (phase: { position: number; title: string }) =>
    `${phase.position}. ${phase.title}`;
  const best = [...pain.phases]
    .filter((phase) => phase.averageChange !== null)
    .sort((a, b) => (a.averageChange ?? 0) - (b.averageChange ?? 0))[0];

  return (
    <>
      <AnalyticsFiltersForm
        filters={filters}
        programs={options.programs}
        programId={adherence.program.id}
        rangeLabel="Range"
      />
      {/* One column: the tables behind these charts are wide. */}
      <div className="grid gap-4">
        <HorizontalBarChart
          title="Adherence per phase"
          summary={`Sessions done per week against each phase's recommendation, over the last ${adherence.days} days: ${formatCount(onTarget)} of ${formatCount(stints)} customer-phases met it. Time in a phase counts until it was completed, or until a week after the customer's last session in it.`}
          scale="share"
          segments={[
            { label: "Under 50%", fill: "fill-danger-600" },
            { label: "50–99%", fill: "fill-amber-400" },
            { label: "100% or more", fill: "fill-brand-700" },
          ]}
          rows={adherence.phases.map((phase) => ({
            label: phaseLabel(phase),
            values: [phase.under50, phase.from50to99, phase.atLeast100],
            valueText: `avg ${formatPercent(phase.averagePercent)}`,
          }))}
          table={{
            columns: [
              "Phase",
              "Advised / wk",
              "Done / wk",
              "Average",
              "Under 50%",
              "50–99%",
              "100%+",
            ],
            rows: adherence.phases.map((phase) => [
              phaseLabel(phase),
              perWeek(phase.recommendedPerWeek),
              perWeek(phase.averageSessionsPerWeek),
              formatPercent(phase.averagePercent),
              formatCount(phase.under50),
              formatCount(phase.from50to99),
              formatCount(phase.atLeast100),
            ]),
          }}
          emptyMessage={`No customer spent a week in a phase in the last ${adherence.days} days.`}
        />
        <PainChangeChart
          title="Knee pain change from baseline"
          summary={`Knee pain (mean of the check-in's pain items, 0–10) at each customer's latest re-test in a phase, taken in the last ${pain.days} days, minus their baseline. Negative is better.${best ? ` Largest average drop: ${phaseLabel(best)}, ${formatPainChange(best.averageChange)}.` : ""}`}
          rows={pain.phases.map((phase) => ({
            label: phaseLabel(phase),
            change: phase.averageChange,
            customers: phase.customers,
          }))}
          table={{
            columns: [
              "Phase",
              "Customers",
              "Baseline",
              "Latest",
              "Change (mean)",
              "Change (median)",
              "Improved",
            ],
            rows: pain.phases.map((phase) => [
              phaseLabel(phase),
              formatCount(phase.customers),
              phase.averageBaseline?.toFixed(1) ?? "—",
              phase.averageLatest?.toFixed(1) ?? "—",
              formatPainChange(phase.averageChange),
              formatPainChange(phase.medianChange),
              formatCount(phase.improved),
            ]),
          }}
        />
      </div>
    </>
  );
}
