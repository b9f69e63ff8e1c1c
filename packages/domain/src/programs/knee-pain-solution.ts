/**
 * The Knee Pain Solution, the first program Phasewise ships, as a plain program document.
 * The database seed publishes it as version 1; the parts live in `./knee-pain-solution/`.
 */
import type { ProgramDocument } from "../schemas/program-document";
import { HIP_KNEE_CHECK, kneePainAssessments } from "./knee-pain-solution/assessments";
import { floorExercises } from "./knee-pain-solution/exercises-floor";
import { hipRotationExercises } from "./knee-pain-solution/exercises-hip-rotation";
import { standingExercises } from "./knee-pain-solution/exercises-standing";
import { kneePainPhases } from "./knee-pain-solution/phases";
import {
  KNEE_PAIN_CONDITION,
  KNEE_PAIN_DISCLAIMER,
  KNEE_PAIN_STOP_RULES,
  KNEE_PAIN_SUMMARY,
} from "./knee-pain-solution/program-text";
import { kneePainScreeningQuestions } from "./knee-pain-solution/screening-questions";
import { kneePainSessions } from "./knee-pain-solution/sessions";

export const kneePainSolution: ProgramDocument = {
  slug: "knee-pain-solution",
  title: "Knee Pain Solution",
  summary: KNEE_PAIN_SUMMARY,
  condition: KNEE_PAIN_CONDITION,
  disclaimer: KNEE_PAIN_DISCLAIMER,
  stopRules: KNEE_PAIN_STOP_RULES,
  equipment: [
    { key: "wall", label: "A clear stretch of wall" },
    { key: "mat", label: "An exercise mat or a carpeted floor" },
    { key: "chair", label: "A sturdy chair without wheels" },
    { key: "band-or-cable", label: "A resistance band with a secure anchor, or a cable machine" },
    { key: "step", label: "A stair or sturdy step, 10–20 cm high" },
  ],
  phases: kneePainPhases,
  sessions: kneePainSessions,
  exercises: [...hipRotationExercises, ...floorExercises, ...standingExercises],
  assessments: kneePainAssessments,
  baselineAssessmentKey: HIP_KNEE_CHECK,
  screeningQuestions: kneePainScreeningQuestions,
};
