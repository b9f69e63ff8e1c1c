/**
 * Formatting shared by server and client components. Dates are shown in UTC with a fixed format
 * so the server's render and the browser's hydration always agree.
 */
export function formatDateTime(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDate(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return date.toISOString().slice(0, 10);
}

/** Cents as money in their currency: "$79.00", or "$79" with `wholeUnits` (charts, headlines). */
export function formatMoney(
  cents: number,
  currency: string,
  options: { wholeUnits?: boolean } = {},
): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currency.toUpperCase(),
    ...(options.wholeUnits && { maximumFractionDigits: 0 }),
  }).format(cents / 100);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2–3" for a range, "5" when both ends are equal. */
export function formatRange(range: { min: number; max: number } | null | undefined): string {
  if (!range) return "—";
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

/** A compact, readable rendering of a changed value in diffs and the audit log. */
export function formatValue(value: unknown): string {
  if (value === undefined) return "(none)";
  if (value === null) return "(none)";
  if (typeof value === "string") return value.length > 140 ? `${value.slice(0, 140)}…` : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((item) =>
      typeof item === "object" && item !== null && "label" in item
        ? String((item as { label: unknown }).label)
        : formatValue(item),
    );
    return parts.length === 0 ? "(none)" : parts.join(", ");
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.min === "number" && typeof record.max === "number") {
      return formatRange({ min: record.min, max: record.max });
    }
    const text = JSON.stringify(value);
    return text.length > 140 ? `${text.slice(0, 140)}…` : text;
  }
  return typeof value;
}
