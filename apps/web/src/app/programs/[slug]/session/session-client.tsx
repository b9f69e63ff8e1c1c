"use client";

/**
 * Connects the session runner to the API: submits the log through tRPC and hands field errors
 * back without the "log." prefix the API puts on them.
 */
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import type { SessionLogInput } from "@phasewise/domain";

import type { SessionPlan } from "~/components/player/types";
import { SessionRunner } from "~/components/player/session-runner";
import { fieldErrorsOf, withoutPrefix } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export function SessionClient({ plan, programSlug }: { plan: SessionPlan; programSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const complete = useMutation(trpc.progress.completeSession.mutationOptions());
  const submit = async (log: SessionLogInput) => {
    try {
      const result = await complete.mutateAsync({ programSlug, log });
      router.refresh();
      return result;
    } catch (error) {
      const fieldErrors = withoutPrefix(fieldErrorsOf(error), "log");
      if (Object.keys(fieldErrors).length > 0) {
        throw Object.assign(new Error("Some answers need attention."), { data: { fieldErrors } });
      }
      throw error;
    }
  };
  return (
    <SessionRunner
      plan={plan}
      submit={submit}
      dashboardHref={`/programs/${programSlug}/dashboard`}
    />
  );
}
