/**
 * The session as it runs: progress, the big step panel, and the controls (Back, Pause/Resume,
 * Skip, How to do it, Sound, Stop early). Step changes are announced once in a polite live
 * region; the countdown itself is never announced second by second.
 */
import { useEffect, useRef, useState } from "react";

import type { Step } from "@phasewise/domain";
import { Button } from "@phasewise/ui";

import type { TimerState } from "./step-timer";
import type { SessionPlan } from "./types";
import { ExerciseInfoDialog } from "./exercise-info-dialog";
import { ScreenHeading } from "./screen-heading";
import { focusOf } from "./step-details";
import { StepPanel } from "./step-panel";
import { secondsLeft } from "./step-timer";
import { StopConfirm } from "./stop-confirm";
import { usePlayerKeys } from "./use-player-keys";

export interface PlayerScreenProps {
  plan: SessionPlan;
  steps: readonly Step[];
  timer: TimerState;
  soundOn: boolean;
  onSoundChange: (on: boolean) => void;
  onPause: () => void;
  onResume: () => void;
  onGoTo: (index: number) => void;
  onStop: () => void;
  exerciseHref?: (slug: string) => string;
}

export function PlayerScreen(props: PlayerScreenProps) {
  const { plan, steps, timer, soundOn, onSoundChange, onPause, onResume, onGoTo } = props;
  const [confirmingStop, setConfirmingStop] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On a phone lying sideways the countdown would start below the fold.
    if (window.matchMedia("(orientation: landscape) and (max-height: 32rem)").matches) {
      panelRef.current?.scrollIntoView({ block: "start" });
    }
  }, []);
  const paused = timer.runningSince === null;
  const index = timer.stepIndex;
  const togglePause = () => (paused ? onResume() : onPause());
  usePlayerKeys({
    onToggle: togglePause,
    onSkip: () => onGoTo(index + 1),
    onBack: () => onGoTo(index - 1),
  });

  const step = steps[index];
  if (step === undefined) return null;
  const total = steps.length;
  const next = steps[index + 1];
  const exercise = plan.exercises.find((candidate) => candidate.slug === step.exerciseSlug);
  const prescription = plan.template.prescriptions.find((p) => p.id === step.prescriptionId);
  const announcement = `Step ${index + 1} of ${total}. ${step.exerciseName}. ${step.label}.${paused ? " Paused." : ""}`;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <ScreenHeading eyebrow={`${plan.session.title} · ${plan.programTitle}`}>
        {step.exerciseName}
      </ScreenHeading>

      <div className="flex flex-col gap-1">
        <p data-testid="step-counter" className="text-base font-semibold text-slate-800">
          Step {index + 1} of {total}
        </p>
        <div
          role="progressbar"
          aria-label="Session progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={index + 1}
          aria-valuetext={`Step ${index + 1} of ${total}`}
          className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full rounded-full bg-brand-700 motion-safe:transition-[width] motion-safe:duration-300"
            style={{ width: `${((index + 1) / total) * 100}%` }}
          />
        </div>
      </div>

      <StepPanel
        ref={panelRef}
        step={step}
        focus={focusOf(steps, index)}
        secondsLeft={secondsLeft(timer, steps)}
        paused={paused}
        onDone={() => onGoTo(index + 1)}
      />
      {next && <p className="text-center text-slate-700">Next: {next.label}</p>}

      {confirmingStop ? (
        <StopConfirm
          onConfirm={props.onStop}
          onCancel={() => {
            setConfirmingStop(false);
            onResume();
          }}
        />
      ) : (
        <>
          <div className="grid grid-cols-3 gap-2">
            <Button
              tone="secondary"
              onClick={() => onGoTo(index - 1)}
              disabled={index === 0}
              aria-keyshortcuts="ArrowLeft"
              className="min-h-14 text-lg disabled:opacity-50"
            >
              <span aria-hidden="true">←</span> Back
            </Button>
            <Button onClick={togglePause} aria-keyshortcuts="Space" className="min-h-14 text-lg">
              {paused ? "Resume" : "Pause"}
            </Button>
            <Button
              tone="secondary"
              onClick={() => onGoTo(index + 1)}
              aria-keyshortcuts="ArrowRight"
              className="min-h-14 text-lg"
            >
              Skip <span aria-hidden="true">→</span>
            </Button>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <ExerciseInfoDialog
              exercise={exercise}
              prescription={prescription}
              exerciseHref={props.exerciseHref}
            />
            <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-medium">
              <input
                type="checkbox"
                role="switch"
                checked={soundOn}
                onChange={(event) => onSoundChange(event.target.checked)}
                className="size-5 accent-brand-700"
              />
              Sound
            </label>
            <button
              type="button"
              onClick={() => {
                onPause();
                setConfirmingStop(true);
              }}
              className="inline-flex min-h-11 items-center justify-center rounded-lg border-2 border-danger-600 bg-white px-4 py-2 text-base font-medium text-danger-700 hover:bg-danger-50"
            >
              Stop early
            </button>
          </div>
          <p className="hidden text-sm text-slate-600 sm:block">
            Keys: Space pauses or resumes, → skips, ← goes back.
          </p>
        </>
      )}
    </div>
  );
}
