/**
 * Session template: an ordered list of prescriptions the customer does in one sitting. Its
 * duration is derived from the expanded steps, never typed in by hand.
 */
import { z } from "zod";

import { prescriptionSchema } from "./prescription";
import { keySchema, textSchema } from "./primitives";

export const sessionTemplateSchema = z.strictObject({
  key: keySchema,
  title: textSchema(120),
  summary: textSchema(400).optional(),
  prescriptions: z.array(prescriptionSchema).min(1),
});

export type SessionTemplate = z.infer<typeof sessionTemplateSchema>;
