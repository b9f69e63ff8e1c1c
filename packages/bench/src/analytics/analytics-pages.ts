/**
 * The admin analytics pages as the bench loads them: each page's procedures, called in parallel
 * with the inputs the page sends by default (apps/admin/src/app/analytics/**).
 */
import type { AdminCaller } from "../api/admin-caller";

export interface AnalyticsPage {
  name: string;
  path: string;
  load: (caller: AdminCaller) => Promise<unknown>;
}

const days = 90;

export const analyticsPages: AnalyticsPage[] = [
  {
    name: "overview",
    path: "/analytics",
    load: (caller) =>
      Promise.all([
        caller.analytics.filters(),
        caller.analytics.revenue({ months: 12 }),
        caller.analytics.summary({}),
      ]),
  },
  {
    name: "phases",
    path: "/analytics/phases",
    load: (caller) =>
      Promise.all([
        caller.analytics.filters(),
        caller.analytics.customersPerPhase({}),
        caller.analytics.funnel({ days }),
      ]),
  },
  {
    name: "outcomes",
    path: "/analytics/outcomes",
    load: (caller) =>
      Promise.all([
        caller.analytics.filters(),
        caller.analytics.adherence({ days }),
        caller.analytics.painChange({ days }),
      ]),
  },
];
