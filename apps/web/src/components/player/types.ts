/** The contract between the session runner and the page that mounts it. */
import type { Advice, Exercise, SessionLogInput, SessionTemplate } from "@phasewise/domain";

export interface SessionPlan {
  enrollmentId: string;
  programTitle: string;
  phase: { key: string; title: string };
  session: { key: string; title: string };
  template: SessionTemplate;
  /** The library entries the template uses (variants may be included for their names). */
  exercises: Exercise[];
  /** Shown prominently before the session starts. */
  stopRules: string[];
}

export interface CompleteSessionResult {
  logId: string;
  /** True when this clientId had been stored before (a retry or double tap). */
  alreadyRecorded: boolean;
  advice: Advice;
  unlocked: null | { toPhaseKey: string; toPhaseTitle: string; toPhaseGoal: string };
  programCompleted: boolean;
}

export interface SessionRunnerProps {
  plan: SessionPlan;
  /**
   * Stores the log. May be called more than once with the same `clientId` (retries); reject
   * with a tRPC-like error carrying `data.fieldErrors` to show errors next to fields.
   */
  submit: (log: SessionLogInput) => Promise<CompleteSessionResult>;
  dashboardHref: string;
  exerciseHref?: (slug: string) => string;
}
