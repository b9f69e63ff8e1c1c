/**
 * @phasewise/domain — the program model and the pure rules over it. No I/O and no clock: callers
 * pass `now` in. Everything the other packages may use is listed here.
 */

// Content schemas (authored by admins, frozen in published versions)
export {
  keySchema,
  labelledKeySchema,
  painScoreSchema,
  rangeSchema,
  sideSchema,
  timestampSchema,
} from "./schemas/primitives";
export type { LabelledKey, Range, Side } from "./schemas/primitives";
export { exerciseMediaSchema, exerciseSchema } from "./schemas/exercise";
export type { Exercise, ExerciseMedia } from "./schemas/exercise";
export {
  prescriptionSchema,
  prescriptionSidesSchema,
  setLabelSchema,
} from "./schemas/prescription";
export type { Prescription, PrescriptionSides, SetLabel } from "./schemas/prescription";
export { sessionTemplateSchema } from "./schemas/session-template";
export type { SessionTemplate } from "./schemas/session-template";
export { phaseSchema, unlockRuleSchema } from "./schemas/phase";
export type { Phase, UnlockRule } from "./schemas/phase";
export {
  assessmentItemSchema,
  assessmentSchema,
  degreesItemSchema,
  painItemSchema,
} from "./schemas/assessment";
export type { Assessment, AssessmentItem } from "./schemas/assessment";
export { screeningAnswersInputSchema, screeningQuestionSchema } from "./schemas/screening-question";
export type { ScreeningAnswersInput, ScreeningQuestion } from "./schemas/screening-question";
export { programDocumentSchema, programVersionSchema } from "./schemas/program-document";
export type { ProgramDocument, ProgramVersion } from "./schemas/program-document";

// Customer submissions
export { sessionLogEntrySchema, sessionLogInputSchema } from "./schemas/session-log-input";
export type { SessionLogEntry, SessionLogInput } from "./schemas/session-log-input";
export {
  assessmentResultInputSchema,
  assessmentValueSchema,
} from "./schemas/assessment-result-input";
export type { AssessmentResultInput, AssessmentValue } from "./schemas/assessment-result-input";

// Validation
export { validateProgram } from "./validation/validate-program";
export type { ValidateProgramResult } from "./validation/validate-program";
export type { Problem, ProblemPath } from "./validation/problem";
export { checkSessionLog } from "./validation/check-session-log";
export { checkAssessmentResult } from "./validation/check-assessment-result";

// The session player's timeline
export { expandSession } from "./session/expand-session";
export type { ExpandedSession, SessionChoices } from "./session/expand-session";
export type { PrescriptionChoice } from "./session/expand-prescription";
export { buildLogEntriesFromSteps } from "./session/build-log-entries";
export { TIMING } from "./session/timing";
export type {
  ChangePositionStep,
  GetReadyStep,
  HoldStep,
  RepsStep,
  RestStep,
  Step,
  StepKind,
  StepPlace,
  StepSide,
  SwitchSideStep,
} from "./session/step";

// Progress through a program
export { evaluatePhase } from "./progress/evaluate-phase";
export type {
  EvaluatePhaseInput,
  PhaseAssessmentRecord,
  PhaseEvaluation,
  PhaseSessionRecord,
} from "./progress/evaluate-phase";
export type { CriterionKey, PhaseCriterion } from "./progress/phase-criteria";
export { nextPhaseKey } from "./progress/next-phase-key";
export { adviseNext } from "./progress/advise-next";
export type { Advice, AdviceSession, AdviceVerdict } from "./progress/advise-next";
export { summarizeSessionPain } from "./progress/summarize-session-pain";
export type { SessionPainSummary } from "./progress/summarize-session-pain";
export { migrateEnrollment } from "./progress/migrate-enrollment";
export type {
  EnrollmentProgress,
  MigrateEnrollmentResult,
  MigrationFailure,
  VersionedProgram,
} from "./progress/migrate-enrollment";

// Safety screening
export { screenAnswers } from "./screening/screen-answers";
export type { ScreeningOutcome } from "./screening/screen-answers";

// Access
export { canAccessProgram, entitlements, findProgramAccess } from "./access/entitlements";
export type {
  Entitlement,
  EntitlementReason,
  EntitlementScope,
  EntitlementsInput,
  GrantRecord,
  PurchaseRecord,
  SubscriptionRecord,
  SubscriptionStatus,
} from "./access/entitlements";

// Seeded programs
export { kneePainSolution } from "./programs/knee-pain-solution";
