"use client";

/** Takes the re-test and says what it changed (possibly opening the next phase). */
import { useState } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";

import type { Assessment } from "@phasewise/domain";
import { Button, Notice } from "@phasewise/ui";

import type { AssessmentDraft } from "~/components/assessment/assessment-fields";
import { AssessmentFields, readAssessmentDraft } from "~/components/assessment/assessment-fields";
import { fieldErrorsOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export function RetestForm({
  programSlug,
  assessment,
}: {
  programSlug: string;
  assessment: Assessment;
}) {
  const trpc = useTRPC();
  const [clientId] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState<AssessmentDraft>({});
  const [missing, setMissing] = useState<string[]>([]);
  const submit = useMutation(trpc.progress.submitAssessment.mutationOptions());
  const serverErrors = Object.values(fieldErrorsOf(submit.error)).flatMap(
    (messages) => messages ?? [],
  );

  if (submit.data) {
    return (
      <div className="flex flex-col gap-4">
        {submit.data.unlocked ? (
          <Notice tone="success" title={`Phase unlocked: ${submit.data.unlocked.toPhaseTitle}`}>
            {submit.data.unlocked.toPhaseGoal}
          </Notice>
        ) : (
          <Notice tone="success" title="Re-test saved">
            {submit.data.evaluation.reasons.length > 0
              ? `Still to go before the next phase: ${submit.data.evaluation.reasons.join(", ")}.`
              : "Your results are on your progress page."}
          </Notice>
        )}
        <Link
          href={`/programs/${programSlug}/progress`}
          className="font-medium text-brand-700 underline"
        >
          Compare with your baseline
        </Link>
        <Link
          href={`/programs/${programSlug}/dashboard`}
          className="font-medium text-brand-700 underline"
        >
          Back to your dashboard
        </Link>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        const { values, missing: notFilled } = readAssessmentDraft(assessment, draft);
        setMissing(notFilled);
        if (notFilled.length > 0) return;
        submit.mutate({
          programSlug,
          result: {
            clientId,
            assessmentKey: assessment.key,
            takenAt: new Date().toISOString(),
            values,
          },
        });
      }}
    >
      <AssessmentFields
        assessment={assessment}
        draft={draft}
        onChange={setDraft}
        errors={[...missing.map((label) => `Fill in: ${label}`), ...serverErrors]}
      />
      {submit.error && serverErrors.length === 0 && (
        <Notice tone="danger">{submit.error.message}</Notice>
      )}
      <Button type="submit" disabled={submit.isPending}>
        {submit.isPending ? "Saving…" : "Save re-test"}
      </Button>
    </form>
  );
}
