/** The customer's journey through a program: dashboard, sessions, re-tests, progress. */
import type { TRPCRouterRecord } from "@trpc/server";

import { completeSession } from "./complete-session";
import { dashboard } from "./dashboard";
import { overview } from "./overview";
import { sessionPlan } from "./session-plan";
import { submitAssessment } from "./submit-assessment";

export const progressRouter = {
  dashboard,
  sessionPlan,
  completeSession,
  submitAssessment,
  overview,
} satisfies TRPCRouterRecord;
