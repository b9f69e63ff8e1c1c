/**
 * A forgiving read of just the fields that cross-reference checks need. Every field falls back
 * to "missing" instead of failing, so references are checked even in a document with schema
 * errors and the editor gets every problem in one pass. Nothing here judges whether a value is
 * well-formed; the strict schema does that.
 */
import { z } from "zod";

const text = z.string().optional().catch(undefined);
const count = z.number().optional().catch(undefined);

/** Keeps indexes stable: an unreadable element becomes `undefined` rather than vanishing. */
function list<T extends z.ZodType>(item: T) {
  return z.array(item.optional().catch(undefined)).catch([]);
}

const keyedView = z.object({ key: text });

const screeningQuestionView = z.object({
  key: text,
  redFlag: z.boolean().optional().catch(undefined),
});

const exerciseView = z.object({
  slug: text,
  easierVariant: text,
  harderVariant: text,
  substitutes: list(z.string()),
  equipment: list(z.string()),
});

const sessionView = z.object({
  key: text,
  prescriptions: list(z.object({ id: text, exerciseSlug: text })),
});

const unlockRuleView = z.object({
  minSessions: count,
  retestRequired: text,
  maxAveragePain: z.object({ overLastSessions: count }).optional().catch(undefined),
});

const phaseView = z.object({
  key: text,
  sessionKeys: list(z.string()),
  unlockRule: unlockRuleView.optional().catch(undefined),
});

const emptyView = {
  equipment: [],
  exercises: [],
  sessions: [],
  phases: [],
  assessments: [],
  screeningQuestions: [],
  baselineAssessmentKey: undefined,
};

export const referenceViewSchema = z
  .object({
    equipment: list(keyedView),
    exercises: list(exerciseView),
    sessions: list(sessionView),
    phases: list(phaseView),
    assessments: list(keyedView),
    screeningQuestions: list(screeningQuestionView),
    baselineAssessmentKey: text,
  })
  .catch(emptyView);

export type ReferenceView = z.infer<typeof referenceViewSchema>;

export function readReferenceView(doc: unknown): ReferenceView {
  return referenceViewSchema.parse(doc);
}

/** Keys present in a list, whether or not the rest of their item is valid. */
export function collectKeys(items: readonly ({ key?: string } | undefined)[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) if (item?.key !== undefined) keys.add(item.key);
  return keys;
}
