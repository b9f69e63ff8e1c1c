import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { Card } from "@phasewise/ui";
import { PainTrendChart, RetestChart, WeeklySessionsChart } from "@phasewise/ui/charts";

import { callOrRefuse } from "~/server/call-or-refuse";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Your progress" };

const dateFormat = new Intl.DateTimeFormat("en", {
  weekday: "short",
  day: "numeric",
  month: "short",
});

export default async function ProgressPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const overview = await callOrRefuse(
    async () => (await serverCaller()).progress.overview({ programSlug: slug }),
    `/programs/${slug}/progress`,
  );
  if (!overview.enrolled) redirect(`/programs/${slug}/start`);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-sm font-medium text-brand-700">{overview.programTitle}</p>
        <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
        <Link href={`/programs/${slug}/dashboard`} className="font-medium text-brand-700 underline">
          Back to your dashboard
        </Link>
      </header>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <WeeklySessionsChart weeks={overview.weeks} />
        </Card>
        <Card>
          <PainTrendChart points={overview.painTrend} />
        </Card>
      </div>
      <Card>
        <RetestChart items={overview.retest.items} />
      </Card>
      <Card aria-labelledby="history" className="flex flex-col gap-3">
        <h2 id="history" className="text-xl font-semibold">
          Session history
        </h2>
        {overview.history.length === 0 ? (
          <p className="text-slate-700">No sessions yet. Your first one will show here.</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="session-history">
            {overview.history.map((entry) => (
              <li
                key={entry.id}
                className="flex flex-col gap-1 py-3 sm:flex-row sm:justify-between"
              >
                <span>
                  <span className="font-medium">{entry.sessionTitle}</span>
                  <span className="block text-sm text-slate-600">
                    {dateFormat.format(entry.endedAt)} · {entry.phaseTitle}
                    {entry.completed ? "" : " · stopped early"}
                  </span>
                  {entry.note && (
                    <span className="block text-sm text-slate-700">“{entry.note}”</span>
                  )}
                </span>
                <span className="text-sm text-slate-700">
                  Pain before {entry.painBefore}, during {entry.painDuring}, after {entry.painAfter}{" "}
                  · effort {entry.difficulty}/5
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
