/**
 * Number, date and scale helpers shared by the charts, so every chart and its table print the
 * same values the same way.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/**
 * "12 May". Dates are read and printed in UTC so a calendar date ("2025-05-12") never shifts by a
 * day and server and browser render the same text. Unparseable input is shown as given.
 */
export function formatDay(isoDate: string): string {
  const time = Date.parse(DATE_ONLY.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate);
  return Number.isNaN(time) ? isoDate : dayFormat.format(new Date(time));
}

/** Whole numbers as they are, others to one decimal place. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

// Symbols read naturally glued to the number ("42°"); words need a space ("3 pain").
const GLUED_UNITS = new Set(["°", "%", "/10", "s", "cm"]);

export function formatValue(value: number, unit: string): string {
  if (unit === "") return formatNumber(value);
  return GLUED_UNITS.has(unit) ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

/** "+8°", "−3 pain" (a true minus sign), "0°". */
export function formatChange(delta: number, unit: string): string {
  const sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "";
  return `${sign}${formatValue(Math.abs(delta), unit)}`;
}

/** A round axis maximum at or above `value`: 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30, 40, 50… */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  if (value <= 6) return Math.ceil(value);
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** Evenly spaced whole-number ticks from 0 to `max` inclusive, at most about six of them. */
export function axisTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}

/** Which x labels to print so they never overlap on a phone: every `k`th, always the last. */
export function labelEvery(count: number, maxLabels = 6): (index: number) => boolean {
  const k = Math.max(1, Math.ceil(count / maxLabels));
  return (index) => index === count - 1 || (index % k === 0 && count - 1 - index >= k);
}
