/**
 * What the customer's device submits after taking an assessment. Values are checked against the
 * assessment definition by `checkAssessmentResult`, since ranges depend on the item.
 */
import { z } from "zod";

import { keySchema, timestampSchema } from "./primitives";

export const assessmentValueSchema = z.strictObject({
  itemKey: keySchema,
  /** Required for per-side items, absent otherwise. */
  side: z.enum(["left", "right"]).optional(),
  value: z.number().min(0).max(180),
});

export type AssessmentValue = z.infer<typeof assessmentValueSchema>;

export const assessmentResultInputSchema = z
  .strictObject({
    clientId: z.uuid(),
    assessmentKey: keySchema,
    takenAt: timestampSchema,
    values: z.array(assessmentValueSchema).min(1).max(100),
  })
  .superRefine((result, ctx) => {
    const seen = new Set<string>();
    result.values.forEach((value, index) => {
      const id = `${value.itemKey}/${value.side ?? "-"}`;
      if (seen.has(id)) {
        ctx.addIssue({ code: "custom", message: "Recorded twice", path: ["values", index] });
      }
      seen.add(id);
    });
  });

export type AssessmentResultInput = z.infer<typeof assessmentResultInputSchema>;
