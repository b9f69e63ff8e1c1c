/**
 * One run of a session, from the first step to the saved log. Owns the clock: a short
 * interval reads `Date.now()` and moves the timer on, and the run is saved to localStorage as
 * it changes so a reload can resume. Shows the player while running and the log form once the
 * run has ended (finished or stopped early).
 */
import { useEffect, useMemo, useRef, useState } from "react";

import { expandSession } from "@phasewise/domain/session";

import type { RunInfo } from "./run-storage";
import type { TimerState } from "./step-timer";
import type { CompleteSessionResult, SessionPlan, SessionRunnerProps } from "./types";
import { playCue, unlockAudio } from "./audio-cues";
import { LogForm } from "./log-form";
import { PlayerScreen } from "./player-screen";
import { saveRun } from "./run-storage";
import { goToStep, pauseTimer, resumeTimer, secondsLeft, stopTimer, tickTimer } from "./step-timer";
import { useWakeLock } from "./use-wake-lock";

/** Often enough that the display is never a visible beat late. */
const TICK_MS = 200;

export interface RunScreenProps {
  plan: SessionPlan;
  run: RunInfo;
  initialTimer: TimerState;
  storageKey: string;
  soundOn: boolean;
  onSoundChange: (on: boolean) => void;
  submit: SessionRunnerProps["submit"];
  onSubmitted: (result: CompleteSessionResult) => void;
  exerciseHref?: (slug: string) => string;
}

export function RunScreen(props: RunScreenProps) {
  const { plan, run, storageKey, soundOn } = props;
  const steps = useMemo(
    () => expandSession(plan.template, plan.exercises, run.choices).steps,
    [plan.template, plan.exercises, run.choices],
  );
  const [timer, setTimer] = useState<TimerState>(props.initialTimer);
  const running = timer.runningSince !== null && timer.ended === null;
  const left = secondsLeft(timer, steps);

  useEffect(() => {
    if (!running) return;
    const tick = () => setTimer((current) => tickTimer(current, steps, Date.now()));
    const interval = window.setInterval(tick, TICK_MS);
    // Catch up at once when a throttled background tab comes back.
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [running, steps]);

  useWakeLock(running);

  // Cue each step change and the last three seconds, once each, only while running.
  const lastCue = useRef({ step: timer.stepIndex, second: left, ended: timer.ended !== null });
  useEffect(() => {
    const last = lastCue.current;
    const ended = timer.ended !== null;
    lastCue.current = { step: timer.stepIndex, second: left, ended };
    if (!soundOn) return;
    if (ended && !last.ended && timer.ended?.outcome === "completed") playCue("finish");
    else if (!running) return;
    else if (timer.stepIndex !== last.step) playCue("step");
    else if (left !== null && left !== last.second && left >= 1 && left <= 3) playCue("tick");
  }, [timer.stepIndex, timer.ended, left, running, soundOn]);

  useEffect(() => {
    saveRun(storageKey, {
      version: 1,
      ...run,
      stepIndex: timer.stepIndex,
      elapsedMs: timer.bankedMs,
      ended: timer.ended,
      savedAt: Date.now(),
    });
  }, [storageKey, run, timer]);

  if (timer.ended !== null) {
    return (
      <LogForm
        plan={plan}
        steps={steps}
        run={run}
        ended={timer.ended}
        submit={props.submit}
        onSubmitted={props.onSubmitted}
      />
    );
  }
  return (
    <PlayerScreen
      plan={plan}
      steps={steps}
      timer={timer}
      soundOn={soundOn}
      onSoundChange={props.onSoundChange}
      onPause={() => {
        const now = Date.now();
        setTimer((current) => pauseTimer(current, now));
      }}
      onResume={() => {
        const now = Date.now();
        unlockAudio();
        setTimer((current) => resumeTimer(current, now));
      }}
      onGoTo={(index) => {
        const now = Date.now();
        setTimer((current) => goToStep(current, steps, index, now));
      }}
      onStop={() => {
        const now = Date.now();
        setTimer((current) => stopTimer(current, now));
      }}
      exerciseHref={props.exerciseHref}
    />
  );
}
