/**
 * The first draft of a new program: a skeleton with one phase, one session and a baseline
 * check-in, or a copy of another program's draft under the new title and slug. Safety texts
 * (summary, condition, disclaimer, stop rules) start empty on purpose, so they show as problems
 * to write rather than placeholder wording that could be published by mistake.
 */
import type { ProgramDocument } from "@phasewise/domain";

export function buildSkeletonDraft(title: string, slug: string): ProgramDocument {
  return {
    slug,
    title,
    summary: "",
    condition: "",
    disclaimer: "",
    stopRules: [""],
    equipment: [],
    phases: [
      {
        key: "phase-1",
        title: "Phase 1",
        goal: "",
        description: "",
        recommendedSessionsPerWeek: 3,
        sessionKeys: ["session-1"],
      },
    ],
    sessions: [{ key: "session-1", title: "Session 1", prescriptions: [] }],
    exercises: [],
    assessments: [
      {
        key: "baseline",
        title: "Baseline check-in",
        instructions: "",
        items: [{ key: "pain-at-rest", label: "Pain at rest", kind: "pain", perSide: false }],
      },
    ],
    baselineAssessmentKey: "baseline",
    screeningQuestions: [],
  };
}

/** Another program's draft as the start of a new one: all of its content, its own identity. */
export function copyDraft(source: unknown, title: string, slug: string): Record<string, unknown> {
  const content =
    typeof source === "object" && source !== null && !Array.isArray(source)
      ? (structuredClone(source) as Record<string, unknown>)
      : {};
  return { ...content, slug, title };
}
