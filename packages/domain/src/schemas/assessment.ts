/**
 * Assessment: a repeatable self-test taken at baseline and at phase gates so customers can see
 * their change, e.g. hip internal rotation in degrees per side and knee pain in situations.
 */
import { z } from "zod";

import { keySchema, rangeSchema, textSchema } from "./primitives";

const itemBase = {
  key: keySchema,
  label: textSchema(120),
  instructions: textSchema(1000).optional(),
  /** Measured once for the left and once for the right side. */
  perSide: z.boolean(),
};

export const degreesItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal("degrees"),
  range: rangeSchema({ min: 0, max: 180 }),
});

/** Pain items always use the 0–10 scale so results compare across programs. */
export const painItemSchema = z.strictObject({
  ...itemBase,
  kind: z.literal("pain"),
});

export const assessmentItemSchema = z.discriminatedUnion("kind", [
  degreesItemSchema,
  painItemSchema,
]);

export type AssessmentItem = z.infer<typeof assessmentItemSchema>;

export const assessmentSchema = z
  .strictObject({
    key: keySchema,
    title: textSchema(120),
    instructions: textSchema(2000),
    items: z.array(assessmentItemSchema).min(1, "Add at least one item to measure"),
  })
  .superRefine((assessment, ctx) => {
    const seen = new Set<string>();
    assessment.items.forEach((item, index) => {
      if (seen.has(item.key)) {
        ctx.addIssue({
          code: "custom",
          message: `Duplicate item key "${item.key}"`,
          path: ["items", index, "key"],
        });
      }
      seen.add(item.key);
    });
  });

export type Assessment = z.infer<typeof assessmentSchema>;
