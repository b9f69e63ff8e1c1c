"use client";

/**
 * `SessionRunner`: the whole session on one page, one screen at a time: before (pain now,
 * dose, stop rules) → player → log → advice. An unfinished run saved on this device is
 * offered for resuming first.
 */
import { useMemo, useState } from "react";

import { expandSession } from "@phasewise/domain/session";

import type { RunInfo } from "./run-storage";
import type { TimerState } from "./step-timer";
import type { CompleteSessionResult, SessionRunnerProps } from "./types";
import { playCue, unlockAudio } from "./audio-cues";
import { BeforeScreen } from "./before-screen";
import { DoneScreen } from "./done-screen";
import { ResumePrompt } from "./resume-prompt";
import { RunScreen } from "./run-screen";
import {
  clearRun,
  createClientId,
  parseSavedRun,
  runStorageKey,
  useSavedRunText,
} from "./run-storage";

type Stage =
  | { name: "before" }
  | { name: "run"; run: RunInfo; timer: TimerState; attempt: number }
  | { name: "done"; result: CompleteSessionResult };

export function SessionRunner({ plan, submit, dashboardHref, exerciseHref }: SessionRunnerProps) {
  const storageKey = runStorageKey(plan.enrollmentId, plan.session.key);
  const savedText = useSavedRunText(storageKey);
  const saved = useMemo(() => parseSavedRun(savedText), [savedText]);
  const [stage, setStage] = useState<Stage>({ name: "before" });
  const [resumeDeclined, setResumeDeclined] = useState(false);
  const [soundOn, setSoundOn] = useState(true);

  if (stage.name === "done") {
    return (
      <DoneScreen
        plan={plan}
        result={stage.result}
        dashboardHref={dashboardHref}
        exerciseHref={exerciseHref}
      />
    );
  }

  if (stage.name === "run") {
    return (
      <RunScreen
        key={stage.attempt}
        plan={plan}
        run={stage.run}
        initialTimer={stage.timer}
        storageKey={storageKey}
        soundOn={soundOn}
        onSoundChange={setSoundOn}
        submit={submit}
        onSubmitted={(result) => {
          clearRun(storageKey);
          setStage({ name: "done", result });
        }}
        exerciseHref={exerciseHref}
      />
    );
  }

  if (saved !== null && !resumeDeclined) {
    const totalSteps = expandSession(plan.template, plan.exercises, saved.choices).steps.length;
    return (
      <ResumePrompt
        plan={plan}
        saved={saved}
        totalSteps={totalSteps}
        onResume={() => {
          unlockAudio();
          const { clientId, startedAt, choices, painBefore } = saved;
          setStage({
            name: "run",
            attempt: saved.savedAt,
            run: { clientId, startedAt, choices, painBefore },
            // Resume paused: the customer needs a moment to get back into position.
            timer: {
              stepIndex: Math.min(saved.stepIndex, Math.max(0, totalSteps - 1)),
              bankedMs: saved.elapsedMs,
              runningSince: null,
              ended: saved.ended,
            },
          });
        }}
        onStartOver={() => {
          clearRun(storageKey);
          setResumeDeclined(true);
        }}
      />
    );
  }

  return (
    <BeforeScreen
      plan={plan}
      exerciseHref={exerciseHref}
      onStart={({ choices, painBefore }) => {
        const now = Date.now();
        unlockAudio();
        if (soundOn) playCue("step");
        setStage({
          name: "run",
          attempt: now,
          run: {
            clientId: createClientId(),
            startedAt: new Date(now).toISOString(),
            choices,
            painBefore,
          },
          timer: { stepIndex: 0, bankedMs: 0, runningSince: now, ended: null },
        });
      }}
    />
  );
}
