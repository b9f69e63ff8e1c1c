/**
 * Screening question asked before the first session. A "yes" to a red-flag question means the
 * customer should see a clinician before starting.
 */
import { z } from "zod";

import { keySchema, textSchema } from "./primitives";

export const screeningQuestionSchema = z.strictObject({
  key: keySchema,
  text: textSchema(300),
  /** True when answering "yes" is a red flag. */
  redFlag: z.boolean(),
  /** Shown when the customer answers "yes". */
  advice: textSchema(600),
});

export type ScreeningQuestion = z.infer<typeof screeningQuestionSchema>;

/** The customer's answers, keyed by question key (true = yes). */
export const screeningAnswersInputSchema = z.record(keySchema, z.boolean());
export type ScreeningAnswersInput = z.infer<typeof screeningAnswersInputSchema>;
