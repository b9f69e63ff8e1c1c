import type { Metadata } from "next";

import { AnalyticsFiltersForm } from "~/components/analytics/analytics-filters";
import {
  formatCount,
  formatPercent,
  parseFilters,
  share,
} from "~/components/analytics/analytics-format";
import { HorizontalBarChart } from "~/components/analytics/horizontal-bar-chart";
import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Phases & funnel · Analytics" };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Where customers are now, and how the enrolments of the range moved through the phases. */
export default async function AnalyticsPhasesPage({ searchParams }: PageProps) {
  await requireAdmin("/analytics/phases");
  const filters = parseFilters(await searchParams);
  const caller = await serverCaller();
  const [options, perPhase, funnel] = await callOrNotFound(
    () =>
      Promise.all([
        caller.analytics.filters(),
        caller.analytics.customersPerPhase({ programId: filters.programId }),
        caller.analytics.funnel({ programId: filters.programId, days: filters.days }),
      ]),
    "/analytics/phases",
  );
  const open = perPhase.phases.reduce((sum, phase) => sum + phase.customers, 0);
  const busiest = [...perPhase.phases].sort((a, b) => b.customers - a.customers)[0];
  const steps = [
    { label: "Enrolled", value: funnel.enrolled },
    ...funnel.phases.map((phase) => ({
      label: `Reached ${phase.position}. ${phase.title}`,
      value: phase.reached,
    })),
    { label: "Completed the program", value: funnel.completedProgram },
  ];
  const percentOfEnrolled = (value: number) => formatPercent(share(value, funnel.enrolled));
  const lastStep = steps[steps.length - 1];

  return (
    <>
      <AnalyticsFiltersForm
        filters={filters}
        programs={options.programs}
        programId={perPhase.program.id}
        rangeLabel="Funnel: enrolments started in"
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <HorizontalBarChart
          title="Customers per phase"
          summary={`${formatCount(open)} customers of ${perPhase.program.title} are in a phase now${busiest ? `, most of them in ${busiest.title} (${formatCount(busiest.customers)})` : ""}; ${formatCount(perPhase.completedProgram)} have completed the program. Inactive means no session, enrolment or new phase for ${perPhase.inactiveDays} days.`}
          scale="max"
          segments={[
            { label: "Active", fill: "fill-brand-700" },
            { label: `Inactive over ${perPhase.inactiveDays} days`, fill: "fill-slate-400" },
          ]}
          rows={perPhase.phases.map((phase) => ({
            label: `${phase.position}. ${phase.title}`,
            values: [phase.active, phase.customers - phase.active],
            valueText: formatCount(phase.customers),
          }))}
          table={{
            columns: ["Phase", "Customers", "Active", "Inactive"],
            rows: perPhase.phases.map((phase) => [
              `${phase.position}. ${phase.title}`,
              formatCount(phase.customers),
              formatCount(phase.active),
              formatCount(phase.customers - phase.active),
            ]),
          }}
          emptyMessage="Nobody is enrolled in this program yet."
        />
        <HorizontalBarChart
          title="Funnel"
          summary={`Of ${formatCount(funnel.enrolled)} enrolments started in the last ${funnel.days} days, ${formatCount(lastStep?.value ?? 0)} (${percentOfEnrolled(lastStep?.value ?? 0)}) completed the program. Each step counts the enrolments that got at least that far.`}
          scale="max"
          segments={[{ label: "Customers", fill: "fill-brand-700" }]}
          rows={steps.map((step) => ({
            label: step.label,
            values: [step.value],
            valueText: `${formatCount(step.value)} (${percentOfEnrolled(step.value)})`,
          }))}
          table={{
            columns: ["Step", "Customers", "% of enrolled", "Lost since the step before"],
            rows: steps.map((step, index) => [
              step.label,
              formatCount(step.value),
              percentOfEnrolled(step.value),
              index === 0 ? "—" : formatCount((steps[index - 1]?.value ?? 0) - step.value),
            ]),
          }}
          emptyMessage={`No enrolments started in the last ${funnel.days} days.`}
        />
      </div>
      <section
        aria-labelledby="drop-off"
        className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id="drop-off" className="text-lg font-semibold">
          Drop-off per phase
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Enrolments started in the last {funnel.days} days. Dropped: still in the phase with no
          activity for over {funnel.inactiveDays} days.
        </p>
        {/* Focusable so a keyboard can scroll it when it is wider than a phone. */}
        <div
          className="mt-3 overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label="Drop-off per phase, scrollable"
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Drop-off per phase</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {["Phase", "Reached", "Completed", "In progress", "Dropped", "Drop-off rate"].map(
                  (column) => (
                    <th key={column} scope="col" className="px-2 py-1 font-semibold">
                      {column}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {funnel.phases.map((phase) => (
                <tr key={phase.key} className="border-b border-slate-100">
                  <th scope="row" className="px-2 py-1 font-medium">
                    {phase.position}. {phase.title}
                  </th>
                  <td className="px-2 py-1 tabular-nums">{formatCount(phase.reached)}</td>
                  <td className="px-2 py-1 tabular-nums">{formatCount(phase.completed)}</td>
                  <td className="px-2 py-1 tabular-nums">{formatCount(phase.inProgress)}</td>
                  <td className="px-2 py-1 tabular-nums">{formatCount(phase.dropped)}</td>
                  <td className="px-2 py-1 tabular-nums">
                    {formatPercent(share(phase.dropped, phase.reached))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
