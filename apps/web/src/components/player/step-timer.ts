/**
 * The player's clock as pure functions over a small state. Time is measured from `Date.now()`
 * readings passed in by the caller, never by counting ticks, so a throttled background tab or a
 * fast-forwarded test clock lands on the right step with the right time left.
 */
import type { Step } from "@phasewise/domain";

export interface RunEnd {
  outcome: "completed" | "stopped-early";
  /** Epoch milliseconds. */
  at: number;
  /** Steps finished before the end; what the log entries are built from. */
  completedStepCount: number;
}

export interface TimerState {
  stepIndex: number;
  /** Time spent in the current step up to `runningSince` (or in total while paused). */
  bankedMs: number;
  /** Epoch ms when the clock last started or was re-based; null while paused. */
  runningSince: number | null;
  ended: RunEnd | null;
}

/**
 * How long a step runs by itself, or null when the customer taps "Done". Switching side and
 * changing position use their estimated time, so a phone propped on the floor needs no taps.
 */
export function stepDurationMs(step: Step): number | null {
  switch (step.kind) {
    case "get-ready":
    case "hold":
    case "rest":
      return step.seconds * 1000;
    case "switch-side":
    case "change-position":
      return step.estimatedSeconds * 1000;
    case "reps":
      return null;
  }
}

/** Whole seconds left in a timed step, as shown; null for self-paced steps. */
export function secondsLeft(state: TimerState, steps: readonly Step[]): number | null {
  const step = steps[state.stepIndex];
  const duration = step === undefined ? null : stepDurationMs(step);
  if (duration === null) return null;
  return Math.max(0, Math.ceil((duration - state.bankedMs) / 1000));
}

export function elapsedMs(state: TimerState, now: number): number {
  return state.bankedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

function endRun(state: TimerState, outcome: RunEnd["outcome"], at: number, count: number) {
  return { ...state, runningSince: null, ended: { outcome, at, completedStepCount: count } };
}

/**
 * Brings the state up to `now`: moves past every timed step whose time is up, carrying the
 * overshoot into the next, and stops at a self-paced step or the end. Returns the same object
 * when nothing visible changed, so React skips the render.
 */
export function tickTimer(state: TimerState, steps: readonly Step[], now: number): TimerState {
  if (state.runningSince === null || state.ended !== null) return state;
  let index = state.stepIndex;
  let elapsed = elapsedMs(state, now);
  for (;;) {
    const step = steps[index];
    if (step === undefined) return endRun(state, "completed", now - elapsed, steps.length);
    const duration = stepDurationMs(step);
    if (duration === null || elapsed < duration) break;
    elapsed -= duration;
    index += 1;
  }
  const next = { ...state, stepIndex: index, bankedMs: elapsed, runningSince: now };
  const unchanged =
    index === state.stepIndex && secondsLeft(next, steps) === secondsLeft(state, steps);
  return unchanged ? state : next;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince === null || state.ended !== null) return state;
  return { ...state, bankedMs: elapsedMs(state, now), runningSince: null };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.runningSince !== null || state.ended !== null) return state;
  return { ...state, runningSince: now };
}

/** Jumps to a step (Skip, Back, Done), starting it afresh; past the last step ends the run. */
export function goToStep(
  state: TimerState,
  steps: readonly Step[],
  index: number,
  now: number,
): TimerState {
  if (state.ended !== null) return state;
  if (index >= steps.length) return endRun(state, "completed", now, steps.length);
  return {
    ...state,
    stepIndex: Math.max(0, index),
    bankedMs: 0,
    runningSince: state.runningSince === null ? null : now,
  };
}

/** The current step is not counted: it was interrupted. */
export function stopTimer(state: TimerState, now: number): TimerState {
  if (state.ended !== null) return state;
  return endRun(state, "stopped-early", now, state.stepIndex);
}
