/**
 * What the player shows in large type for a step: which side, which position, which direction,
 * and a one-word heading for the kind of step. Steps between work (get ready, rest, transitions)
 * show where the next piece of work happens, so the customer can set up for it.
 */
import type { Step, StepSide } from "@phasewise/domain";

export interface StepFocus {
  side: StepSide;
  position?: string;
  direction?: string;
}

/** The next hold or reps step of the same prescription, starting at `index`. */
function nextWork(steps: readonly Step[], index: number) {
  const prescriptionId = steps[index]?.prescriptionId;
  for (let i = index; i < steps.length; i += 1) {
    const step = steps[i];
    if (step === undefined || step.prescriptionId !== prescriptionId) return undefined;
    if (step.kind === "hold" || step.kind === "reps") return step;
  }
  return undefined;
}

export function focusOf(steps: readonly Step[], index: number): StepFocus {
  const step = steps[index];
  if (step === undefined) return { side: "none" };
  const work = nextWork(steps, index);
  const side = step.kind === "switch-side" ? step.toSide : (work?.side ?? "none");
  const position = step.kind === "change-position" ? step.toPosition.label : work?.position?.label;
  return {
    side,
    ...(position === undefined ? {} : { position }),
    ...(work?.direction === undefined ? {} : { direction: work.direction.label }),
  };
}

export const SIDE_TEXT: Record<StepSide, string> = {
  left: "Left side",
  right: "Right side",
  none: "",
};

export const KIND_HEADING: Record<Step["kind"], string> = {
  "get-ready": "Get ready",
  hold: "Hold",
  reps: "Reps",
  rest: "Rest",
  "switch-side": "Switch side",
  "change-position": "Change position",
};
