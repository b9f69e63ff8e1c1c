/** Admin analytics: revenue, subscriptions, phases, adherence and pain, computed in SQL. */
import type { TRPCRouterRecord } from "@trpc/server";

export const analyticsRouter = {} satisfies TRPCRouterRecord;
