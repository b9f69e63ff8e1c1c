/**
 * Small, valid building blocks for tests. Each builder returns a fresh object so a test can
 * mutate its copy freely. Not exported from the package.
 */
import type { Exercise } from "../schemas/exercise";
import type { Phase } from "../schemas/phase";
import type { Prescription } from "../schemas/prescription";
import type { ProgramDocument } from "../schemas/program-document";
import type { SessionLogInput } from "../schemas/session-log-input";

export function makeExercise(slug: string, overrides: Partial<Exercise> = {}): Exercise {
  return {
    slug,
    name: `Exercise ${slug}`,
    summary: "A test exercise.",
    targetAreas: ["outer hip"],
    equipment: [],
    setup: "Stand tall.",
    steps: ["Move slowly."],
    cues: [],
    mistakes: [],
    safetyNotes: [],
    media: {},
    substitutes: [],
    ...overrides,
  };
}

export function makePrescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    id: "p1",
    exerciseSlug: "ex-a",
    sides: "none",
    sets: { min: 1, max: 1 },
    setLabel: "set",
    reps: { min: 5, max: 5 },
    holdSeconds: null,
    positions: [],
    directions: [],
    restSeconds: 0,
    ...overrides,
  };
}

export function makePhase(key: string, overrides: Partial<Phase> = {}): Phase {
  return {
    key,
    title: `Phase ${key}`,
    goal: "Get better.",
    description: "A test phase.",
    recommendedSessionsPerWeek: 3,
    sessionKeys: ["session-a"],
    unlockRule: { minSessions: 3, minDays: 7 },
    ...overrides,
  };
}

/** A two-phase program that passes `validateProgram`. */
export function makeProgram(): ProgramDocument {
  return {
    slug: "test-program",
    title: "Test program",
    summary: "For tests.",
    condition: "Testing",
    disclaimer: "Not medical advice.",
    stopRules: ["Stop on sharp pain."],
    equipment: [{ key: "wall", label: "A wall" }],
    phases: [makePhase("one"), makePhase("two", { unlockRule: undefined })],
    sessions: [
      {
        key: "session-a",
        title: "Session A",
        prescriptions: [makePrescription({ id: "p1", exerciseSlug: "ex-a" })],
      },
    ],
    exercises: [
      makeExercise("ex-a", { equipment: ["wall"], easierVariant: "ex-b" }),
      makeExercise("ex-b", { harderVariant: "ex-a" }),
    ],
    assessments: [
      {
        key: "check",
        title: "Check-in",
        instructions: "Measure.",
        items: [{ key: "pain-rest", label: "Pain at rest", kind: "pain", perSide: false }],
      },
    ],
    baselineAssessmentKey: "check",
    screeningQuestions: [
      {
        key: "night-pain",
        text: "Does pain wake you at night?",
        redFlag: true,
        advice: "See a clinician before you start.",
      },
    ],
  };
}

/**
 * A completed log of `restore-a` in the Knee Pain Solution that passes `sessionLogInputSchema`
 * and `checkSessionLog`. Pain and difficulty are answered once for the whole session.
 */
export function makeSessionLog(overrides: Partial<SessionLogInput> = {}): SessionLogInput {
  return {
    clientId: "5f0c8a52-3f4e-4b7a-9c1d-2e6f8a9b0c1d",
    phaseKey: "restore",
    sessionKey: "restore-a",
    startedAt: "2025-03-01T08:00:00.000Z",
    endedAt: "2025-03-01T08:14:00.000Z",
    outcome: "completed",
    painBefore: 2,
    painDuring: 3,
    painAfter: 2,
    sharpPain: false,
    difficulty: 3,
    entries: [{ prescriptionId: "restore-a-axial", side: "left", setsDone: 2, holdSeconds: 6 }],
    ...overrides,
  };
}
