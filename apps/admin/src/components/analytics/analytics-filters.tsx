/**
 * The page filters as a plain GET form (program and range), so they work without JavaScript and
 * the URL says what is shown.
 */
import type { AnalyticsFilters } from "./analytics-format";
import { RANGE_OPTIONS } from "./analytics-format";

export interface AnalyticsFiltersFormProps {
  filters: AnalyticsFilters;
  programs: { id: string; title: string }[];
  programId: string;
  /** What the range applies to on this page, e.g. "Enrolments started in". */
  rangeLabel: string;
}

const selectClass =
  "min-h-11 rounded-lg border border-slate-400 bg-white px-3 text-slate-900 focus-visible:outline-2";

export function AnalyticsFiltersForm({
  filters,
  programs,
  programId,
  rangeLabel,
}: AnalyticsFiltersFormProps) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filters">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        Program
        <select name="program" defaultValue={programId} className={selectClass}>
          {programs.map((program) => (
            <option key={program.id} value={program.id}>
              {program.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        {rangeLabel}
        <select name="days" defaultValue={String(filters.days)} className={selectClass}>
          {RANGE_OPTIONS.map((days) => (
            <option key={days} value={days}>
              Last {days} days
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-900"
      >
        Apply
      </button>
    </form>
  );
}
