/**
 * JSON values as the wire sees them. Typed Stripe objects are converted here once (Decimals become
 * strings through their own `toJSON`), so snapshots, expansion and diffs work on plain data.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return "toJSON" in value && typeof value.toJSON === "function";
}

/** Converts any value the way `JSON.stringify` would, keeping the result typed. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "object") return null;
  if (hasToJson(value)) return toJsonValue(value.toJSON());
  if (Array.isArray(value)) return value.map((item) => toJsonValue(item));
  return toJsonObject(value);
}

/** Like `toJsonValue` for objects; keys whose value is undefined or a function are dropped. */
export function toJsonObject(value: object): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === "function") continue;
    out[key] = toJsonValue(item);
  }
  return out;
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isEqualJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isEqualJson(item, b[index]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => isEqualJson(a[key], b[key]));
  }
  return false;
}

/**
 * Stripe's `previous_attributes`: the top-level keys whose value changed, with their old value.
 */
export function diffTopLevel(before: JsonObject, after: JsonObject): JsonObject {
  const previous: JsonObject = {};
  for (const key of Object.keys(after)) {
    const old = before[key];
    if (!isEqualJson(old, after[key])) previous[key] = old ?? null;
  }
  return previous;
}
