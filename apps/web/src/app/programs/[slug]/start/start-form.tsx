"use client";

/**
 * The enrolment form: safety screening (a "yes" to a red-flag question shows advice to see a
 * clinician first; starting anyway needs an explicit acknowledgement) and the baseline check.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import type { Assessment, ScreeningQuestion } from "@phasewise/domain";
import { Button, Notice } from "@phasewise/ui";

import type { AssessmentDraft } from "~/components/assessment/assessment-fields";
import { AssessmentFields, readAssessmentDraft } from "~/components/assessment/assessment-fields";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export function StartForm(props: {
  programSlug: string;
  disclaimer: string;
  questions: ScreeningQuestion[];
  baseline: Assessment;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [clientId] = useState(() => crypto.randomUUID());
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [acknowledged, setAcknowledged] = useState(false);
  const [draft, setDraft] = useState<AssessmentDraft>({});
  const [missing, setMissing] = useState<string[]>([]);
  const start = useMutation(
    trpc.enrollment.start.mutationOptions({
      onSuccess: () => router.push(`/programs/${props.programSlug}/dashboard`),
    }),
  );
  const redFlags = props.questions.filter((question) => question.redFlag && answers[question.key]);
  const unanswered = props.questions.filter((question) => answers[question.key] === undefined);
  const errors = fieldErrorsOf(start.error);
  const baselineErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith("baseline"))
    .flatMap(([, messages]) => messages ?? []);

  return (
    <form
      noValidate
      className="flex flex-col gap-8"
      onSubmit={(event) => {
        event.preventDefault();
        const { values, missing: notFilled } = readAssessmentDraft(props.baseline, draft);
        setMissing(notFilled);
        if (notFilled.length > 0 || unanswered.length > 0) return;
        start.mutate({
          programSlug: props.programSlug,
          answers,
          acknowledgedRedFlags: acknowledged,
          baseline: {
            clientId,
            assessmentKey: props.baseline.key,
            takenAt: new Date().toISOString(),
            values,
          },
        });
      }}
    >
      <Notice tone="warning" title="Education, not medical advice">
        {props.disclaimer}
      </Notice>

      <fieldset className="flex flex-col gap-4">
        <legend className="text-xl font-semibold">Safety questions</legend>
        {props.questions.map((question) => (
          <fieldset
            key={question.key}
            className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4"
          >
            <legend className="px-1 font-medium">{question.text}</legend>
            <div className="flex gap-6">
              {[true, false].map((value) => (
                <label key={String(value)} className="flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name={question.key}
                    checked={answers[question.key] === value}
                    onChange={() => setAnswers({ ...answers, [question.key]: value })}
                    className="size-5"
                  />
                  {value ? "Yes" : "No"}
                </label>
              ))}
            </div>
            {errors[`answers.${question.key}`] && (
              <p className="text-sm text-danger-700">
                {errors[`answers.${question.key}`]?.join(" ")}
              </p>
            )}
          </fieldset>
        ))}
      </fieldset>

      {redFlags.length > 0 && (
        <div className="flex flex-col gap-3">
          <Notice tone="danger" title="Please see a clinician before you start">
            <ul className="mt-2 list-inside list-disc">
              {redFlags.map((flag) => (
                <li key={flag.key}>{flag.advice}</li>
              ))}
            </ul>
          </Notice>
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              checked={acknowledged}
              onChange={(event) => setAcknowledged(event.target.checked)}
              className="mt-1 size-5"
              aria-describedby="acknowledge-error"
            />
            <span>I have read this advice and choose to start anyway, at my own judgement.</span>
          </label>
          {errors.acknowledgedRedFlags && (
            <p id="acknowledge-error" className="text-sm text-danger-700">
              {errors.acknowledgedRedFlags.join(" ")}
            </p>
          )}
        </div>
      )}

      <AssessmentFields
        assessment={props.baseline}
        draft={draft}
        onChange={setDraft}
        errors={[...missing.map((label) => `Fill in: ${label}`), ...baselineErrors]}
      />

      {unanswered.length > 0 && start.isIdle && (
        <p className="text-sm text-slate-600">
          {unanswered.length} safety {unanswered.length === 1 ? "question" : "questions"} still to
          answer.
        </p>
      )}
      {start.error && Object.keys(errors).length === 0 && (
        <Notice tone="danger">{start.error.message}</Notice>
      )}
      <Button type="submit" disabled={start.isPending || unanswered.length > 0}>
        {start.isPending ? "Starting…" : "Start the program"}
      </Button>
    </form>
  );
}
