/** Admin: customers' enrolments — which can move to a newer program version, and moving them. */
import type { TRPCRouterRecord } from "@trpc/server";

import { migrateEnrollments } from "./migrate-enrollments";
import { migrationPlan } from "./migration-plan";

export const enrollmentsRouter = {
  migrationPlan,
  migrate: migrateEnrollments,
} satisfies TRPCRouterRecord;
