/**
 * The timeline the session player runs: a flat list of steps, each one screen or countdown.
 * Every step names its prescription and exercise so the player can show cues and the log can
 * be filled in as the customer goes.
 */
import type { SetLabel } from "../schemas/prescription";
import type { LabelledKey } from "../schemas/primitives";

export type StepSide = "left" | "right" | "none";

interface StepBase {
  prescriptionId: string;
  exerciseSlug: string;
  exerciseName: string;
  /** One line a person can read aloud, e.g. "Left side, cycle 1 of 2 — Low: internal rotation, hold 5 s". */
  label: string;
  /** What this step adds to the session's duration estimate, transitions included. */
  estimatedSeconds: number;
}

/** Where the step sits inside the prescription; shared by hold and reps steps. */
export interface StepPlace {
  side: StepSide;
  setIndex: number;
  setTotal: number;
  setLabel: SetLabel;
  position?: LabelledKey;
  direction?: LabelledKey;
}

export interface GetReadyStep extends StepBase {
  kind: "get-ready";
  /** Countdown before the exercise starts. */
  seconds: number;
}

export interface HoldStep extends StepBase, StepPlace {
  kind: "hold";
  seconds: number;
  /** Present when every rep is itself a hold, e.g. 90/90 liftoff. 1-based. */
  repIndex?: number;
  repTotal?: number;
}

export interface RepsStep extends StepBase, StepPlace {
  kind: "reps";
  /** Self-paced: the customer taps done; `estimatedSeconds` only feeds the duration. */
  count: number;
}

export interface RestStep extends StepBase {
  kind: "rest";
  seconds: number;
}

export interface SwitchSideStep extends StepBase {
  kind: "switch-side";
  toSide: "left" | "right";
}

export interface ChangePositionStep extends StepBase {
  kind: "change-position";
  toPosition: LabelledKey;
}

export type Step =
  GetReadyStep | HoldStep | RepsStep | RestStep | SwitchSideStep | ChangePositionStep;

export type StepKind = Step["kind"];
