/**
 * Program document: the whole authored program in one JSON-friendly value, and the published
 * version that freezes it. Structural rules live here; cross-references are checked by
 * `validateProgram`.
 */
import { z } from "zod";

import { assessmentSchema } from "./assessment";
import { exerciseSchema } from "./exercise";
import { phaseSchema } from "./phase";
import { keySchema, labelledKeySchema, textSchema, timestampSchema } from "./primitives";
import { screeningQuestionSchema } from "./screening-question";
import { sessionTemplateSchema } from "./session-template";

export const programDocumentSchema = z.strictObject({
  slug: keySchema,
  title: textSchema(120),
  summary: textSchema(600),
  condition: textSchema(120),
  disclaimer: textSchema(2000),
  /** When to stop a session right away; shown before every session. */
  stopRules: z.array(textSchema(300)).min(1),
  /** Everything a customer may need; exercises refer to these keys. */
  equipment: z.array(labelledKeySchema),
  /** In the order a customer goes through them. */
  phases: z.array(phaseSchema).min(1),
  sessions: z.array(sessionTemplateSchema).min(1),
  exercises: z.array(exerciseSchema).min(1),
  assessments: z.array(assessmentSchema).min(1, "Add at least one assessment"),
  baselineAssessmentKey: keySchema,
  screeningQuestions: z.array(screeningQuestionSchema),
});

export type ProgramDocument = z.infer<typeof programDocumentSchema>;

export const programVersionSchema = z.strictObject({
  version: z.int().min(1),
  changelog: textSchema(500),
  publishedAt: timestampSchema,
  document: programDocumentSchema,
});

export type ProgramVersion = z.infer<typeof programVersionSchema>;
