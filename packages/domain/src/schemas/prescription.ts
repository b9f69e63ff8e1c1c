/**
 * Prescription: one exercise placed inside a session with its dose — sides, sets or cycles,
 * rep and hold ranges, positions and directions to cycle through, and rest.
 */
import { z } from "zod";

import { keySchema, labelledKeySchema, rangeSchema, textSchema } from "./primitives";

/** `both` means each side in turn (left first); `none` is for two-legged or midline work. */
export const prescriptionSidesSchema = z.enum(["both", "left", "right", "none"]);
export type PrescriptionSides = z.infer<typeof prescriptionSidesSchema>;

export const setLabelSchema = z.enum(["set", "cycle"]);
export type SetLabel = z.infer<typeof setLabelSchema>;

function reportDuplicateKeys(
  items: readonly { key: string }[],
  field: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key)) {
      ctx.addIssue({
        code: "custom",
        message: `Duplicate key "${item.key}"`,
        path: [field, index, "key"],
      });
    }
    seen.add(item.key);
  });
}

export const prescriptionSchema = z
  .strictObject({
    /** Unique across the program: logs and expansion choices refer to it. */
    id: keySchema,
    exerciseSlug: keySchema,
    sides: prescriptionSidesSchema,
    sets: rangeSchema({ min: 1, max: 20 }),
    setLabel: setLabelSchema,
    reps: rangeSchema({ min: 1, max: 100 }).nullable(),
    holdSeconds: rangeSchema({ min: 1, max: 600 }).nullable(),
    /** Visited in order within each set, e.g. low → mid → high hip flexion. */
    positions: z.array(labelledKeySchema).max(10),
    /** Performed in order at each position, e.g. internal then external rotation. */
    directions: z.array(labelledKeySchema).max(4),
    restSeconds: z.int().min(0).max(600),
    tempo: textSchema(120).optional(),
    notes: textSchema(500).optional(),
  })
  .superRefine((prescription, ctx) => {
    // Without reps or a hold the player would have nothing to count or time.
    if (prescription.reps === null && prescription.holdSeconds === null) {
      ctx.addIssue({
        code: "custom",
        message: "Give a rep range, a hold range, or both",
        path: ["reps"],
      });
    }
    reportDuplicateKeys(prescription.positions, "positions", ctx);
    reportDuplicateKeys(prescription.directions, "directions", ctx);
  });

export type Prescription = z.infer<typeof prescriptionSchema>;
