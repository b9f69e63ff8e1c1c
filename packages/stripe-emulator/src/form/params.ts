/**
 * zod building blocks for form-encoded Stripe params (every value arrives as a string) and the
 * mapping of a zod failure to the error Stripe gives for a missing or malformed param.
 */
import { z } from "zod";

import type { FormObject, FormValue } from "./parse-form";
import { invalidRequest, missingParam } from "../lib/errors";

export const formInt = z
  .string()
  .regex(/^-?\d+$/, "must be an integer")
  .transform((value) => Number(value));

export const formBool = z.enum(["true", "false"]).transform((value) => value === "true");

/** `metadata[k]=v`; an empty string value deletes that key on update. */
export const formMetadata = z.record(z.string(), z.string());

/** Emptyable params: Stripe reads `param=` as "clear this". */
export function emptyable<T extends z.ZodType>(schema: T) {
  return z.union([z.literal("").transform(() => null), schema]);
}

/** `recurring[interval]` / `recurring[interval_count]` of a price. */
export const recurringParams = z
  .object({
    interval: z.enum(["day", "week", "month", "year"]),
    interval_count: formInt.optional(),
  })
  .transform((value) => ({ interval: value.interval, interval_count: value.interval_count ?? 1 }));

export const formExpand = z.array(z.string()).optional();

export const listParams = {
  limit: formInt.pipe(z.number().int().min(1).max(100)).optional(),
  starting_after: z.string().optional(),
  ending_before: z.string().optional(),
  expand: formExpand,
};

/** `line_items[0][price]` style name for an issue path, as Stripe reports `param`. */
export function formatParamPath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map((segment) => String(segment));
  return (head ?? "") + rest.map((segment) => `[${segment}]`).join("");
}

function readAtPath(
  value: FormValue | undefined,
  path: readonly PropertyKey[],
): FormValue | undefined {
  let current = value;
  for (const segment of path) {
    if (current === undefined || typeof current === "string") return undefined;
    current = Array.isArray(current) ? current[Number(segment)] : current[String(segment)];
  }
  return current;
}

export function parseParams<T extends z.ZodType>(schema: T, raw: FormObject): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw invalidRequest("Invalid request parameters.");
  const param = formatParamPath(issue.path);
  if (readAtPath(raw, issue.path) === undefined && issue.code === "invalid_type") {
    throw missingParam(param);
  }
  throw invalidRequest(`Invalid ${param}: ${issue.message}`, param);
}

/** Applies a metadata update the way Stripe does: empty values remove keys, `metadata=` clears. */
export function mergeMetadata(
  current: Record<string, string>,
  update: Record<string, string> | null | undefined,
): Record<string, string> {
  if (update === undefined) return current;
  if (update === null) return {};
  const next = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === "") delete next[key];
    else next[key] = value;
  }
  return next;
}
