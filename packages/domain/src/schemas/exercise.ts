/**
 * Exercise library entry: everything the player and the exercise page show about one movement,
 * independent of how many sets or seconds a session prescribes.
 */
import { z } from "zod";

import { keySchema, textSchema } from "./primitives";

const mediaUrlSchema = z.url({ protocol: /^https?$/, message: "Use an http(s) URL" });

export const exerciseMediaSchema = z.strictObject({
  videoUrl: mediaUrlSchema.optional(),
  imageUrl: mediaUrlSchema.optional(),
});

export const exerciseSchema = z.strictObject({
  slug: keySchema,
  name: textSchema(80),
  summary: textSchema(400),
  /** Muscles or regions the customer should feel working, in plain words. */
  targetAreas: z.array(textSchema(80)).min(1),
  /** Keys into the program's equipment list; empty means no equipment. */
  equipment: z.array(keySchema),
  setup: textSchema(1000),
  steps: z.array(textSchema(400)).min(1),
  cues: z.array(textSchema(200)),
  mistakes: z.array(textSchema(200)),
  safetyNotes: z.array(textSchema(400)),
  media: exerciseMediaSchema,
  easierVariant: keySchema.optional(),
  harderVariant: keySchema.optional(),
  /** Exercises that train the same thing when this one's equipment is missing. */
  substitutes: z.array(keySchema),
});

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseMedia = z.infer<typeof exerciseMediaSchema>;
