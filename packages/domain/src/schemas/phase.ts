/**
 * Phase of a program and the rule that unlocks the next one: enough sessions, enough days, and
 * optionally calm symptoms and a completed re-test.
 */
import { z } from "zod";

import { keySchema, textSchema } from "./primitives";

export const unlockRuleSchema = z.strictObject({
  /** Completed sessions in this phase. At least one so a gate can never open untouched. */
  minSessions: z.int().min(1).max(200),
  minDays: z.int().min(0).max(365),
  maxAveragePain: z
    .strictObject({
      /** Highest acceptable average of "pain during" over the window, on the 0–10 scale. */
      value: z.number().min(0).max(10),
      overLastSessions: z.int().min(1).max(50),
    })
    .optional(),
  /** Assessment key that must be taken again after the phase starts. */
  retestRequired: keySchema.optional(),
});

export type UnlockRule = z.infer<typeof unlockRuleSchema>;

export const phaseSchema = z.strictObject({
  key: keySchema,
  title: textSchema(120),
  goal: textSchema(300),
  description: textSchema(2000),
  recommendedSessionsPerWeek: z.int().min(1).max(14),
  /** Session templates the phase rotates through, in rotation order. */
  sessionKeys: z.array(keySchema).min(1, "A phase needs at least one session"),
  /** Optional only on the final phase, which has nothing left to unlock. */
  unlockRule: unlockRuleSchema.optional(),
});

export type Phase = z.infer<typeof phaseSchema>;
