/**
 * Billing as the products page shows and reads it: "one-time" or "per month", and typed amounts ("79", "79.00", "$1,200.5")
 * turned into cents without floating-point rounding.
 */
export function describeBilling(price: {
  type: "one_time" | "recurring";
  interval: "month" | "year" | null;
}): string {
  if (price.type === "one_time") return "one-time";
  return price.interval === "year" ? "per year" : "per month";
}

/** Cents from what an admin typed ("79", "79.5", "$1,200.00"), or null when it is not an amount with at most two decimals. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(/^\$/, "");
  // Commas only as thousands separators: "59,5" is a typo (or a decimal comma), not 595.
  if (!/^(\d+|\d{1,3}(,\d{3})+)(\.\d{1,2})?$/.test(trimmed)) return null;
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(trimmed.replaceAll(",", ""));
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** A fresh id for one form submission: retrying the same submission never creates twice. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
