"use client";

/**
 * Connects the session runner to the API. It posts the log with the minimal procedure client
 * (the player page ships no query or tRPC client) and hands field errors back without the "log."
 * prefix the API puts on them.
 */
import { useRouter } from "next/navigation";

import type { SessionLogInput } from "@phasewise/domain";

import type { SessionPlan } from "~/components/player/types";
import { SessionRunner } from "~/components/player/session-runner";
import { withoutPrefix } from "~/lib/field-errors";
import { postProcedure, ProcedureError } from "~/lib/post-procedure";

export function SessionClient({ plan, programSlug }: { plan: SessionPlan; programSlug: string }) {
  const router = useRouter();
  const submit = async (log: SessionLogInput) => {
    try {
      const result = await postProcedure("progress.completeSession", { programSlug, log });
      router.refresh();
      return result;
    } catch (error) {
      if (error instanceof ProcedureError) {
        const fieldErrors = withoutPrefix(error.data.fieldErrors ?? {}, "log");
        throw Object.assign(new Error(error.message), { data: { ...error.data, fieldErrors } });
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
