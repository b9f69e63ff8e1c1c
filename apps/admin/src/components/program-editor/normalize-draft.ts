/**
 * Gives a stored draft the shape the editor renders, whatever was saved: missing lists become
 * empty lists and missing text empty text. Values that are present are kept exactly as they are
 * (even wrong ones), so validation still reports them at their fields.
 */
import type {
  Assessment,
  AssessmentItem,
  Exercise,
  LabelledKey,
  Phase,
  Prescription,
  ProgramDocument,
  ScreeningQuestion,
  SessionTemplate,
} from "@phasewise/domain";

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const records = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(text) : []);
const labelled = (value: unknown): LabelledKey[] =>
  records(value).map((item) => ({ ...item, key: text(item.key), label: text(item.label) }));

function normalizePrescription(item: Loose): Prescription {
  return {
    ...item,
    id: text(item.id),
    exerciseSlug: text(item.exerciseSlug),
    positions: labelled(item.positions),
    directions: labelled(item.directions),
  } as Prescription;
}

function normalizeSession(item: Loose): SessionTemplate {
  return {
    ...item,
    key: text(item.key),
    title: text(item.title),
    prescriptions: records(item.prescriptions).map(normalizePrescription),
  };
}

function normalizePhase(item: Loose): Phase {
  return {
    ...item,
    key: text(item.key),
    title: text(item.title),
    goal: text(item.goal),
    description: text(item.description),
    sessionKeys: texts(item.sessionKeys),
  } as Phase;
}

function normalizeExercise(item: Loose): Exercise {
  return {
    ...item,
    slug: text(item.slug),
    name: text(item.name),
    equipment: texts(item.equipment),
    substitutes: texts(item.substitutes),
  } as Exercise;
}

function normalizeAssessment(item: Loose): Assessment {
  return {
    ...item,
    key: text(item.key),
    title: text(item.title),
    instructions: text(item.instructions),
    items: records(item.items).map(
      (entry) => ({ ...entry, key: text(entry.key), label: text(entry.label) }) as AssessmentItem,
    ),
  };
}

function normalizeQuestion(item: Loose): ScreeningQuestion {
  return {
    ...item,
    key: text(item.key),
    text: text(item.text),
    advice: text(item.advice),
  } as ScreeningQuestion;
}

export function normalizeDraft(raw: unknown): ProgramDocument {
  const doc = isRecord(raw) ? raw : {};
  return {
    ...doc,
    slug: text(doc.slug),
    title: text(doc.title),
    summary: text(doc.summary),
    condition: text(doc.condition),
    disclaimer: text(doc.disclaimer),
    stopRules: texts(doc.stopRules),
    equipment: labelled(doc.equipment),
    phases: records(doc.phases).map(normalizePhase),
    sessions: records(doc.sessions).map(normalizeSession),
    exercises: records(doc.exercises).map(normalizeExercise),
    assessments: records(doc.assessments).map(normalizeAssessment),
    baselineAssessmentKey: text(doc.baselineAssessmentKey),
    screeningQuestions: records(doc.screeningQuestions).map(normalizeQuestion),
  };
}
