/**
 * Admin analytics: revenue and subscriptions per month, headline figures, customers per phase,
 * the phase funnel, adherence and pain change — each one SQL statement over the database.
 * Definitions live next to each query and in `analytics.types.ts`.
 */
import type { TRPCRouterRecord } from "@trpc/server";

import { getAdherence } from "./get-adherence";
import { getCustomersPerPhase } from "./get-customers-per-phase";
import { getFilters } from "./get-filters";
import { getFunnel } from "./get-funnel";
import { getPainChange } from "./get-pain-change";
import { getRevenue } from "./get-revenue";
import { getSummary } from "./get-summary";

export const analyticsRouter = {
  filters: getFilters,
  revenue: getRevenue,
  summary: getSummary,
  customersPerPhase: getCustomersPerPhase,
  funnel: getFunnel,
  adherence: getAdherence,
  painChange: getPainChange,
} satisfies TRPCRouterRecord;
