import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { buttonClasses, Card, Notice } from "@phasewise/ui";

import { callOrRefuse } from "~/server/call-or-refuse";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Your program" };

const adviceTone = {
  progress: "success",
  stay: "info",
  regress: "warning",
  stop: "danger",
} as const;

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const dashboard = await callOrRefuse(
    async () => (await serverCaller()).progress.dashboard({ programSlug: slug }),
    `/programs/${slug}/dashboard`,
  );
  if (!dashboard.enrolled) redirect(`/programs/${slug}/start`);
  const { phase, evaluation, nextSession, week, retest, advice } = dashboard;
  const remaining = Math.max(0, week.recommended - week.done);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <p className="text-sm font-medium text-brand-700">
          {dashboard.program.title} · Phase {phase.number} of {phase.total}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{phase.title}</h1>
        <p className="text-lg text-slate-700">{phase.goal}</p>
      </header>

      {advice && (
        <Notice tone={adviceTone[advice.verdict]} title={advice.title}>
          <p>{advice.message}</p>
        </Notice>
      )}

      <div className="grid gap-4 md:grid-cols-2">
        <Card className="flex flex-col gap-3" aria-labelledby="next-session">
          <h2 id="next-session" className="text-xl font-semibold">
            Next session
          </h2>
          {nextSession ? (
            <>
              <p className="text-lg font-medium">{nextSession.title}</p>
              <p className="text-slate-700">
                About {nextSession.estimatedMinutes} minutes · {nextSession.exercises.join(", ")}
              </p>
              <Link
                href={`/programs/${slug}/session`}
                className={buttonClasses("primary", "self-start")}
              >
                Start session
              </Link>
            </>
          ) : (
            <p>No session is planned.</p>
          )}
        </Card>

        <Card className="flex flex-col gap-3" aria-labelledby="this-week">
          <h2 id="this-week" className="text-xl font-semibold">
            This week
          </h2>
          <p className="text-lg" data-testid="week-progress">
            {week.done} of {week.recommended} sessions done
          </p>
          <p className="text-slate-700">
            {remaining === 0
              ? "You have done this week's sessions. Rest days help too."
              : `${remaining} more this week, with a rest day between sessions where you can.`}
          </p>
        </Card>
      </div>

      <Card className="flex flex-col gap-3" aria-labelledby="unlock">
        <h2 id="unlock" className="text-xl font-semibold">
          {dashboard.nextPhase
            ? `Toward phase ${phase.number + 1}: ${dashboard.nextPhase.title}`
            : dashboard.completedAt
              ? `You have completed ${dashboard.program.title}`
              : "Keep it up"}
        </h2>
        {dashboard.completedAt ? (
          <p className="text-slate-700" data-testid="program-completed">
            Completed on {dashboard.completedAt.toLocaleDateString("en", { dateStyle: "long" })}.
            Keep your routine going to hold on to your gains: the sessions stay here for you.
          </p>
        ) : evaluation.final ? (
          <p className="text-slate-700">
            This is the last phase: keep your routine to hold on to your gains.
          </p>
        ) : (
          <>
            <ul className="flex flex-col gap-2" data-testid="unlock-criteria">
              {evaluation.criteria.map((criterion) => (
                <li key={criterion.key} className="flex items-start gap-2">
                  <span aria-hidden className={criterion.met ? "text-brand-700" : "text-slate-400"}>
                    {criterion.met ? "✓" : "○"}
                  </span>
                  <span>
                    <span className="font-medium">{criterion.label}</span>
                    <span className="sr-only">{criterion.met ? " (done)" : " (not yet)"}</span>
                    <span className="block text-sm text-slate-600">{criterion.detail}</span>
                  </span>
                </li>
              ))}
            </ul>
            {evaluation.reasons.length > 0 && (
              <p className="text-slate-700" data-testid="unlock-remaining">
                Still to go: {evaluation.reasons.join(", ")}.
              </p>
            )}
          </>
        )}
        {retest?.due && (
          <Link
            href={`/programs/${slug}/retest`}
            className={buttonClasses("secondary", "self-start")}
          >
            Take the re-test: {retest.title}
          </Link>
        )}
      </Card>

      <nav aria-label="Program" className="flex flex-wrap gap-4">
        <Link href={`/programs/${slug}/progress`} className="font-medium text-brand-700 underline">
          Your progress
        </Link>
        <Link href={`/programs/${slug}`} className="font-medium text-brand-700 underline">
          About the program
        </Link>
      </nav>
    </div>
  );
}
