import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses, Card, Notice } from "@phasewise/ui";

import { BuyProgram } from "~/components/billing";
import { callOrRefuse } from "~/server/call-or-refuse";
import { serverCaller } from "~/trpc/server";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const program = await callOrRefuse(
    async () => (await serverCaller()).programs.get({ slug }),
    `/programs/${slug}`,
  );
  return { title: program.title, description: program.summary };
}

export default async function ProgramPage({ params }: Props) {
  const { slug } = await params;
  const program = await callOrRefuse(
    async () => (await serverCaller()).programs.get({ slug }),
    `/programs/${slug}`,
  );
  const { viewer } = program;
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="font-medium text-brand-700">{program.condition}</p>
        <h1 className="text-3xl font-bold tracking-tight">{program.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{program.summary}</p>
        <p className="text-slate-600">
          {program.phases.length} phases · {program.exerciseCount} exercises · sessions of{" "}
          {program.sessionMinutes.min}–{program.sessionMinutes.max} minutes
        </p>
        <div className="flex flex-wrap gap-3">
          {viewer.enrolled ? (
            <Link href={`/programs/${slug}/dashboard`} className={buttonClasses()}>
              Open your dashboard
            </Link>
          ) : viewer.hasAccess ? (
            <Link href={`/programs/${slug}/start`} className={buttonClasses()}>
              Start the program
            </Link>
          ) : viewer.signedIn ? (
            <p className="text-slate-700">Your account does not include this program yet.</p>
          ) : (
            <Link href={`/sign-in?callbackUrl=/programs/${slug}`} className={buttonClasses()}>
              Sign in to start
            </Link>
          )}
        </div>
      </header>

      {/* Only customers with access (or enrolled) reach an archived program's page; others get a 404. */}
      {program.archived ? (
        <Notice tone="info" title="No longer offered to new customers">
          <p>
            {viewer.enrolled
              ? "You can keep going: your dashboard, sessions and progress stay as they are."
              : "Your access stays: you can still start it whenever you are ready."}
          </p>
        </Notice>
      ) : (
        !viewer.hasAccess && <BuyProgram programSlug={slug} />
      )}

      <section aria-labelledby="phases" className="flex flex-col gap-4">
        <h2 id="phases" className="text-2xl font-semibold">
          The phases
        </h2>
        <ol className="grid gap-4 md:grid-cols-2">
          {program.phases.map((phase, index) => (
            <li key={phase.key}>
              <Card className="flex h-full flex-col gap-2">
                <p className="text-sm font-medium text-slate-600">Phase {index + 1}</p>
                <h3 className="text-lg font-semibold">{phase.title}</h3>
                <p className="text-slate-700">{phase.goal}</p>
                <p className="text-sm text-slate-600">
                  {phase.recommendedSessionsPerWeek} sessions a week
                  {phase.minSessionsToUnlock !== null &&
                    ` · opens the next phase after at least ${phase.minSessionsToUnlock} sessions and ${phase.minDaysToUnlock} days`}
                </p>
              </Card>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="equipment" className="flex flex-col gap-2">
        <h2 id="equipment" className="text-2xl font-semibold">
          What you need
        </h2>
        {program.equipment.length === 0 ? (
          <p>No equipment.</p>
        ) : (
          <ul className="list-inside list-disc text-slate-700">
            {program.equipment.map((item) => (
              <li key={item.key}>{item.label}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="safety" className="flex flex-col gap-3">
        <h2 id="safety" className="text-2xl font-semibold">
          Safety
        </h2>
        <Notice tone="warning" title="Please read before you start">
          <p>{program.disclaimer}</p>
        </Notice>
        <ul className="list-inside list-disc text-slate-700">
          {program.stopRules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
