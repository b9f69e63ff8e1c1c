/** The session player: `SessionRunner` runs one session from "how is your knee" to advice. */
export { SessionRunner } from "./session-runner";
export type { CompleteSessionResult, SessionPlan, SessionRunnerProps } from "./types";
