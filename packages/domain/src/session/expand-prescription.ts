/**
 * Expands one prescription into player steps. Nesting, outermost first: side → set (or cycle)
 * → position → rep → direction. So a "both sides, 2 cycles, low/mid/high, internal then
 * external" prescription runs every cycle on the left before switching to the right.
 */
import type { Exercise } from "../schemas/exercise";
import type { Prescription, PrescriptionSides } from "../schemas/prescription";
import type { LabelledKey } from "../schemas/primitives";
import type { Step, StepPlace, StepSide } from "./step";
import { pickInRange } from "./pick-in-range";
import { TIMING } from "./timing";

/** Values chosen inside the prescription's ranges; missing values use the low end. */
export interface PrescriptionChoice {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
}

interface Dose {
  reps: number | null;
  holdSeconds: number | null;
  directions: readonly LabelledKey[];
}

type Base = Pick<Step, "prescriptionId" | "exerciseSlug" | "exerciseName">;

function sidesOf(sides: PrescriptionSides): StepSide[] {
  return sides === "both" ? ["left", "right"] : [sides];
}

function describePlace(place: StepPlace, rep?: { index: number; total: number }): string {
  const setWord = place.setLabel === "cycle" ? "Cycle" : "Set";
  const parts = [
    place.side === "none" ? undefined : `${place.side === "left" ? "Left" : "Right"} side`,
    `${setWord} ${place.setIndex} of ${place.setTotal}`,
    place.position?.label,
    rep ? `rep ${rep.index} of ${rep.total}` : undefined,
  ];
  return parts.filter((part) => part !== undefined).join(", ");
}

function describeAction(direction: LabelledKey | undefined, action: string): string {
  return direction ? `${direction.label}: ${action}` : action;
}

/** The work done at one side, set and position. */
function expandWork(base: Base, place: StepPlace, dose: Dose): Step[] {
  const directions = dose.directions.length > 0 ? dose.directions : [undefined];
  const steps: Step[] = [];
  const { holdSeconds } = dose;

  if (holdSeconds !== null) {
    // With reps as well, each rep is its own hold (e.g. 90/90 liftoff: lift, hold, lower).
    const repTotal = dose.reps;
    const reps =
      repTotal === null
        ? [undefined]
        : countFromOne(repTotal).map((index) => ({ index, total: repTotal }));
    for (const rep of reps) {
      for (const direction of directions) {
        steps.push({
          ...base,
          ...withPlace(place, direction),
          kind: "hold",
          seconds: holdSeconds,
          ...(rep ? { repIndex: rep.index, repTotal: rep.total } : {}),
          label: `${describePlace(place, rep)} — ${describeAction(direction, `hold ${holdSeconds} s`)}`,
          estimatedSeconds: holdSeconds + TIMING.holdTransitionSeconds,
        });
      }
    }
    return steps;
  }

  // Schema guarantees reps when there is no hold; a single rep keeps a hand-built value usable.
  const count = dose.reps ?? 1;
  for (const direction of directions) {
    steps.push({
      ...base,
      ...withPlace(place, direction),
      kind: "reps",
      count,
      label: `${describePlace(place)} — ${describeAction(direction, `${count} ${count === 1 ? "rep" : "reps"}`)}`,
      estimatedSeconds: count * TIMING.secondsPerSelfPacedRep,
    });
  }
  return steps;
}

function withPlace(place: StepPlace, direction: LabelledKey | undefined): StepPlace {
  return { ...place, ...(direction ? { direction } : {}) };
}

function countFromOne(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1);
}

export function expandPrescription(
  prescription: Prescription,
  exercise: Exercise,
  choice: PrescriptionChoice | undefined,
): Step[] {
  const base: Base = {
    prescriptionId: prescription.id,
    exerciseSlug: exercise.slug,
    exerciseName: exercise.name,
  };
  const setTotal = pickInRange(prescription.sets, choice?.sets);
  const dose: Dose = {
    reps: prescription.reps ? pickInRange(prescription.reps, choice?.reps) : null,
    holdSeconds: prescription.holdSeconds
      ? pickInRange(prescription.holdSeconds, choice?.holdSeconds)
      : null,
    directions: prescription.directions,
  };
  const positions = prescription.positions.length > 0 ? prescription.positions : [undefined];
  const steps: Step[] = [
    {
      ...base,
      kind: "get-ready",
      seconds: TIMING.getReadySeconds,
      label: `Get ready: ${exercise.name}`,
      estimatedSeconds: TIMING.getReadySeconds,
    },
  ];

  sidesOf(prescription.sides).forEach((side, sideIndex) => {
    if (side !== "none" && sideIndex > 0) {
      steps.push({
        ...base,
        kind: "switch-side",
        toSide: side,
        label: `Switch to the ${side} side`,
        estimatedSeconds: TIMING.switchSideSeconds,
      });
    }
    // Each side starts at the first position, so only moves within a side are announced.
    let currentPositionKey: string | undefined;
    for (const setIndex of countFromOne(setTotal)) {
      if (setIndex > 1 && prescription.restSeconds > 0) {
        steps.push({
          ...base,
          kind: "rest",
          seconds: prescription.restSeconds,
          label: `Rest ${prescription.restSeconds} s`,
          estimatedSeconds: prescription.restSeconds,
        });
      }
      for (const position of positions) {
        if (position && currentPositionKey !== undefined && position.key !== currentPositionKey) {
          steps.push({
            ...base,
            kind: "change-position",
            toPosition: position,
            label: `Move to ${position.label}`,
            estimatedSeconds: TIMING.changePositionSeconds,
          });
        }
        currentPositionKey = position?.key;
        const place: StepPlace = {
          side,
          setIndex,
          setTotal,
          setLabel: prescription.setLabel,
          ...(position ? { position } : {}),
        };
        steps.push(...expandWork(base, place, dose));
      }
    }
  });
  return steps;
}
