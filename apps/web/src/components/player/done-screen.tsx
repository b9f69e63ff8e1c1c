/**
 * After the log is saved: the advice for next time, a phase unlock or program completion when
 * there is one (never celebrated alongside a "stop" verdict), and the way back.
 */
import Link from "next/link";

import { buttonClasses } from "@phasewise/ui";

import type { CompleteSessionResult, SessionPlan } from "./types";
import { AdvicePanel } from "./advice-panel";
import { ScreenHeading } from "./screen-heading";

export interface DoneScreenProps {
  plan: SessionPlan;
  result: CompleteSessionResult;
  dashboardHref: string;
  exerciseHref?: (slug: string) => string;
}

export function DoneScreen({ plan, result, dashboardHref, exerciseHref }: DoneScreenProps) {
  const { verdict } = result.advice;
  const isStop = verdict === "stop";
  const isCalm = verdict === "progress" || verdict === "stay";
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <ScreenHeading eyebrow={`${plan.session.title} · ${plan.programTitle}`}>
        {isCalm ? "Session saved. Nice work" : "Session saved"}
      </ScreenHeading>
      {result.alreadyRecorded && (
        <p className="text-slate-700">
          This session had already been saved, so it was not counted twice.
        </p>
      )}

      <AdvicePanel
        advice={result.advice}
        template={plan.template}
        exercises={plan.exercises}
        exerciseHref={exerciseHref}
      />

      {!isStop && result.unlocked && (
        <section
          aria-labelledby="unlocked-title"
          className="flex flex-col gap-2 rounded-xl border-2 border-brand-600 bg-brand-100 p-5 text-brand-900"
        >
          <svg
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 24 24"
            className="size-10 fill-brand-600"
          >
            <path d="M12 2l2.9 6.6 7.1.6-5.4 4.7 1.6 7.1L12 17.3 5.8 21l1.6-7.1L2 9.2l7.1-.6z" />
          </svg>
          <h2 id="unlocked-title" className="text-2xl font-bold">
            Phase unlocked: {result.unlocked.toPhaseTitle}
          </h2>
          <p className="text-base">{result.unlocked.toPhaseGoal}</p>
        </section>
      )}
      {!isStop && result.programCompleted && (
        <section
          aria-labelledby="completed-title"
          className="rounded-xl border-2 border-brand-600 bg-brand-100 p-5 text-brand-900"
        >
          <h2 id="completed-title" className="text-2xl font-bold">
            You have completed {plan.programTitle}
          </h2>
        </section>
      )}

      <Link href={dashboardHref} className={buttonClasses("primary", "min-h-14 text-lg")}>
        Back to your dashboard
      </Link>
    </div>
  );
}
