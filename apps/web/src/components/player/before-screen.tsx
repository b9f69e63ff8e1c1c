/**
 * Before the session: what it contains and how long it takes, the stop rules, pain right now,
 * and where inside each range to work today. Nothing is stored until "Start session".
 */
import { useMemo, useState } from "react";
import Link from "next/link";

import type { PrescriptionChoice, SessionChoices } from "@phasewise/domain";
import { expandSession } from "@phasewise/domain/session";
import { Button, Card } from "@phasewise/ui";

import type { SessionPlan } from "./types";
import { PainScale } from "./choice-scale";
import { DoseAdjuster } from "./dose-adjuster";
import { adjustableRanges, describeDose } from "./dose-text";
import { ScreenHeading } from "./screen-heading";
import { StopRules } from "./stop-rules";

export interface BeforeScreenProps {
  plan: SessionPlan;
  exerciseHref?: (slug: string) => string;
  onStart: (start: { choices: SessionChoices; painBefore: number }) => void;
}

export function BeforeScreen({ plan, exerciseHref, onStart }: BeforeScreenProps) {
  const [choices, setChoices] = useState<Record<string, PrescriptionChoice>>({});
  const [painBefore, setPainBefore] = useState<number | null>(null);
  const [painError, setPainError] = useState<string | undefined>();
  const estimate = useMemo(
    () => expandSession(plan.template, plan.exercises, choices),
    [plan.template, plan.exercises, choices],
  );
  const canAdjust = plan.template.prescriptions.some((p) => adjustableRanges(p).length > 0);
  const exerciseBySlug = new Map(plan.exercises.map((exercise) => [exercise.slug, exercise]));

  const start = () => {
    if (painBefore === null) {
      setPainError("Choose a number from 0 to 10 before you start.");
      return;
    }
    onStart({ choices, painBefore });
  };

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <ScreenHeading eyebrow={`${plan.programTitle} · ${plan.phase.title}`}>
        {plan.session.title}
      </ScreenHeading>
      <p className="text-lg text-slate-800" aria-live="polite">
        About <strong>{estimate.estimatedMinutes} minutes</strong>
        {" · "}
        {estimate.steps.length} steps
      </p>

      <Card aria-labelledby="session-exercises">
        <h2 id="session-exercises" className="mb-3 text-lg font-semibold">
          Exercises
        </h2>
        <ol className="flex list-decimal flex-col gap-3 pl-5">
          {plan.template.prescriptions.map((prescription) => {
            const exercise = exerciseBySlug.get(prescription.exerciseSlug);
            const name = exercise?.name ?? prescription.exerciseSlug;
            return (
              <li key={prescription.id}>
                {exerciseHref ? (
                  <Link
                    href={exerciseHref(prescription.exerciseSlug)}
                    className="font-medium text-brand-700 underline underline-offset-4"
                  >
                    {name}
                  </Link>
                ) : (
                  <span className="font-medium">{name}</span>
                )}
                <p className="text-sm text-slate-700">{describeDose(prescription)}</p>
              </li>
            );
          })}
        </ol>
      </Card>

      <StopRules rules={plan.stopRules} />

      <PainScale
        legend="How does your knee feel right now?"
        hint="0 is no pain, 10 is the worst pain imaginable."
        name="pain-before"
        value={painBefore}
        onChange={(value) => {
          setPainBefore(value);
          setPainError(undefined);
        }}
        error={painError}
      />

      {canAdjust && (
        <details className="rounded-lg border border-slate-200 p-4 open:pb-5">
          <summary className="min-h-11 cursor-pointer content-center font-semibold text-slate-900">
            Adjust today&apos;s dose
          </summary>
          <p className="mt-2 mb-4 text-sm text-slate-700">
            Work inside the ranges. First session, or a sore day? Keep the low end (already set).
          </p>
          <DoseAdjuster
            template={plan.template}
            exercises={plan.exercises}
            choices={choices}
            onChange={(id, choice) => setChoices((current) => ({ ...current, [id]: choice }))}
          />
        </details>
      )}

      <Button onClick={start} className="min-h-14 text-lg">
        Start session
      </Button>
    </div>
  );
}
