/**
 * Building blocks shared by every content and input schema: keys, bounded text, ranges and
 * the 0–10 pain scale. Kept in one place so the limits are consistent across the product.
 */
import { z } from "zod";

/** Lowercase kebab-case identifier: stable across versions, safe in URLs and database keys. */
export const keySchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes");

/** Non-empty text with an upper bound so one bad paste cannot bloat a published snapshot. */
export function textSchema(maxLength: number) {
  return z.string().trim().min(1, "Required").max(maxLength);
}

/**
 * An inclusive whole-number range such as 3–6 reps. Ranges are first-class because the customer
 * works anywhere inside them and the log records what was actually done.
 */
export function rangeSchema(options: { min: number; max: number }) {
  const bound = z.int().min(options.min).max(options.max);
  return z.strictObject({ min: bound, max: bound }).refine((range) => range.min <= range.max, {
    message: "The low end must not be above the high end",
    path: ["max"],
  });
}

export interface Range {
  min: number;
  max: number;
}

/** Self-reported pain on the usual 0 (none) – 10 (worst imaginable) numeric scale. */
export const painScoreSchema = z.int().min(0).max(10);

/** A key with a display label, e.g. a hip-flexion position or a rotation direction. */
export const labelledKeySchema = z.strictObject({
  key: keySchema,
  label: textSchema(80),
});

export type LabelledKey = z.infer<typeof labelledKeySchema>;

export const sideSchema = z.enum(["left", "right"]);
export type Side = z.infer<typeof sideSchema>;

/** ISO-8601 timestamp with an offset, as produced by `Date.prototype.toISOString`. */
export const timestampSchema = z.iso.datetime({ offset: true });
