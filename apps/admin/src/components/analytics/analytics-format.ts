/**
 * Formatting and search-parameter parsing shared by the analytics pages: counts, percentages,
 * signed pain changes, and the page filters (program and range) read from the URL so every view
 * can be linked and reloaded. Money goes through `formatMoney` in ~/lib/format.
 */
import { z } from "zod";

export const RANGE_OPTIONS = [30, 90, 365] as const;
export type RangeDays = (typeof RANGE_OPTIONS)[number];

const ZFilters = z.object({
  program: z.uuid().optional().catch(undefined),
  days: z.coerce
    .number()
    .pipe(z.union(RANGE_OPTIONS.map((days) => z.literal(days))))
    .catch(90),
});

export interface AnalyticsFilters {
  programId: string | undefined;
  days: RangeDays;
}

export function parseFilters(params: Record<string, string | string[] | undefined>) {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = ZFilters.parse({ program: first(params.program), days: first(params.days) });
  return { programId: parsed.program, days: parsed.days } satisfies AnalyticsFilters;
}

/** The revenue months that go with a range: a quarter, half a year or a year. */
export function monthsFor(days: RangeDays): number {
  return days <= 30 ? 3 : days <= 90 ? 6 : 12;
}

export function formatCount(value: number): string {
  return new Intl.NumberFormat("en-US").format(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? "—" : `${Math.round(value)}%`;
}

/** "−1.5" with a true minus sign, "+0.5", "0"; "—" when there is nothing to compare. */
export function formatPainChange(value: number | null): string {
  if (value === null) return "—";
  const rounded = Math.round(value * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "";
  return `${sign}${Math.abs(rounded).toFixed(1)}`;
}

/** "2025-05" → "May 2025". */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? month
    : new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(
        date,
      );
}

export function share(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}
