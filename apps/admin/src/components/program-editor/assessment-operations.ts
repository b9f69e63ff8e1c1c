/**
 * Pure edits of a draft's assessments and screening questions: new and duplicated items with
 * unique keys, a rename that follows into the baseline and every phase re-test, the places that
 * still name an assessment (so removing it can say what will break), and switching an item
 * between degrees and pain.
 */
import type {
  Assessment,
  AssessmentItem,
  ProgramDocument,
  ScreeningQuestion,
} from "@phasewise/domain";

import { uniqueKey } from "./draft-operations";

export function newAssessment(doc: ProgramDocument): Assessment {
  return {
    key: uniqueKey(
      "new-assessment",
      doc.assessments.map((assessment) => assessment.key),
    ),
    title: "New assessment",
    instructions: "",
    items: [{ key: "pain-at-rest", label: "Pain at rest", kind: "pain", perSide: false }],
  };
}

export function duplicateAssessment(doc: ProgramDocument, assessment: Assessment): Assessment {
  return {
    ...structuredClone(assessment),
    key: uniqueKey(
      `${assessment.key}-copy`,
      doc.assessments.map((item) => item.key),
    ),
    title: `${assessment.title} (copy)`,
  };
}

export function newAssessmentItem(
  items: readonly AssessmentItem[],
  kind: AssessmentItem["kind"],
): AssessmentItem {
  const key = uniqueKey(
    kind === "degrees" ? "range" : "pain",
    items.map((item) => item.key),
  );
  return kind === "degrees"
    ? { key, label: "", kind, perSide: true, range: { min: 0, max: 90 } }
    : { key, label: "", kind, perSide: false };
}

export function duplicateAssessmentItem(
  items: readonly AssessmentItem[],
  item: AssessmentItem,
): AssessmentItem {
  return {
    ...structuredClone(item),
    key: uniqueKey(
      `${item.key}-copy`,
      items.map((other) => other.key),
    ),
  };
}

/** Degrees items carry a range; pain items always use 0–10, so the range comes and goes. */
export function withKind(item: AssessmentItem, kind: AssessmentItem["kind"]): AssessmentItem {
  if (item.kind === kind) return item;
  const { key, label, instructions, perSide } = item;
  const base = { key, label, perSide, ...(instructions === undefined ? {} : { instructions }) };
  return kind === "degrees"
    ? { ...base, kind, range: { min: 0, max: 90 } }
    : { ...base, kind: "pain" };
}

/** The fields that name an assessment: the baseline and each phase's re-test. */
export function assessmentReferences(doc: ProgramDocument, key: string): string[] {
  return [
    ...(doc.baselineAssessmentKey === key ? ["the baseline assessment"] : []),
    ...doc.phases.flatMap((phase, index) =>
      phase.unlockRule?.retestRequired === key
        ? [`the re-test of phase ${index + 1} “${phase.title || phase.key}”`]
        : [],
    ),
  ];
}

/** Renames an assessment, and the baseline and re-tests that named it. */
export function renameAssessment(
  doc: ProgramDocument,
  index: number,
  nextKey: string,
): ProgramDocument {
  const previous = doc.assessments[index]?.key;
  return {
    ...doc,
    assessments: doc.assessments.map((assessment, position) =>
      position === index ? { ...assessment, key: nextKey } : assessment,
    ),
    baselineAssessmentKey:
      previous !== undefined && doc.baselineAssessmentKey === previous
        ? nextKey
        : doc.baselineAssessmentKey,
    phases: doc.phases.map((phase) =>
      phase.unlockRule?.retestRequired !== undefined && phase.unlockRule.retestRequired === previous
        ? { ...phase, unlockRule: { ...phase.unlockRule, retestRequired: nextKey } }
        : phase,
    ),
  };
}

export function newScreeningQuestion(doc: ProgramDocument): ScreeningQuestion {
  return {
    key: uniqueKey(
      "new-question",
      doc.screeningQuestions.map((question) => question.key),
    ),
    text: "",
    redFlag: true,
    advice: "",
  };
}
