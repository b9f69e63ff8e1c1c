/**
 * @phasewise/domain/session — the session player's timeline rules for browser code. It imports
 * schema *types* only, so bundling it does not pull zod and every schema into the page.
 */
export { expandSession } from "./expand-session";
export type { ExpandedSession, SessionChoices } from "./expand-session";
export type { PrescriptionChoice } from "./expand-prescription";
export { buildLogEntriesFromSteps } from "./build-log-entries";
export { TIMING } from "./timing";
export type { Step, StepKind, StepSide } from "./step";
