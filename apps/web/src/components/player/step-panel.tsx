/**
 * The part of the player meant to be read from across the room: what kind of step this is,
 * which side and position, and a huge countdown (or rep count and a Done button). Each kind of
 * step has its own high-contrast colour scheme so a glance tells hold from rest.
 */
import type { Ref } from "react";

import type { Step } from "@phasewise/domain";
import { Button, cn } from "@phasewise/ui";

import type { StepFocus } from "./step-details";
import { KIND_HEADING, SIDE_TEXT } from "./step-details";

const SCHEME: Record<Step["kind"], string> = {
  "get-ready": "bg-warn-50 text-slate-950 border-warn-700",
  hold: "bg-brand-900 text-white border-brand-900",
  reps: "bg-white text-slate-950 border-slate-900",
  rest: "bg-slate-100 text-slate-950 border-slate-400",
  "switch-side": "bg-slate-900 text-white border-slate-900",
  "change-position": "bg-slate-900 text-white border-slate-900",
};

export interface StepPanelProps {
  step: Step;
  focus: StepFocus;
  /** Whole seconds left, or null for a self-paced reps step. */
  secondsLeft: number | null;
  paused: boolean;
  onDone: () => void;
  ref?: Ref<HTMLDivElement>;
}

export function StepPanel({ step, focus, secondsLeft, paused, onDone, ref }: StepPanelProps) {
  return (
    <div
      ref={ref}
      className={cn(
        "grid items-center justify-items-center gap-3 rounded-2xl border-4 px-4 py-5 text-center",
        // A phone on its side: details left, countdown right, so both fit without scrolling.
        "[@media(orientation:landscape)_and_(max-height:32rem)]:grid-cols-2",
        "[@media(orientation:landscape)_and_(max-height:32rem)]:py-3",
        SCHEME[step.kind],
      )}
    >
      <div className="flex flex-col items-center gap-2">
        <p className="text-xl font-bold tracking-widest uppercase">{KIND_HEADING[step.kind]}</p>
        {focus.side !== "none" && (
          <p
            data-testid="current-side"
            className="text-5xl font-black tracking-wide uppercase sm:text-6xl [@media(max-height:32rem)]:text-4xl"
          >
            {SIDE_TEXT[focus.side]}
          </p>
        )}
        {focus.position && <p className="text-2xl font-semibold sm:text-3xl">{focus.position}</p>}
        {focus.direction && <p className="text-2xl sm:text-3xl">{focus.direction}</p>}
        <p data-testid="step-label" className="max-w-prose text-lg font-medium">
          {step.label}
        </p>
      </div>

      <div className="flex flex-col items-center gap-3">
        {secondsLeft === null ? (
          step.kind === "reps" && (
            <>
              <p className="leading-none font-black tabular-nums">
                <span data-testid="rep-count" className="text-[min(30vw,36vh,10rem)]">
                  {step.count}
                </span>{" "}
                <span className="text-3xl font-bold">{step.count === 1 ? "rep" : "reps"}</span>
              </p>
              <p className="text-lg">At your own pace. Tap Done when you finish.</p>
              <Button onClick={onDone} className="min-h-16 min-w-48 text-2xl">
                Done
              </Button>
            </>
          )
        ) : (
          <p className="leading-none font-black tabular-nums">
            <span data-testid="countdown" role="timer" className="text-[min(36vw,40vh,14rem)]">
              {secondsLeft}
            </span>
            <span className="sr-only"> seconds left</span>
          </p>
        )}
        {paused && (
          <p className="rounded-lg bg-slate-950 px-4 py-1 text-2xl font-bold text-white">Paused</p>
        )}
      </div>
    </div>
  );
}
