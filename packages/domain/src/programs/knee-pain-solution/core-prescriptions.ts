/**
 * Doses for the four core exercises, defined once so every session that uses them prescribes
 * exactly the same thing (the product facts fix these numbers).
 */
import type { Prescription } from "../../schemas/prescription";

const HIP_FLEXION_POSITIONS = [
  { key: "low", label: "Low (about 45° hip flexion)" },
  { key: "mid", label: "Mid (about 70° hip flexion)" },
  { key: "high", label: "High (about 90° hip flexion)" },
];

const ROTATION_DIRECTIONS = [
  { key: "internal", label: "Turn the thigh in" },
  { key: "external", label: "Turn the thigh out" },
];

/** 2–4 cycles per side; each cycle visits low, mid and high, holding 5–10 s each way. */
export function prescribeHipAxialRotation(id: string): Prescription {
  return {
    id,
    exerciseSlug: "hip-axial-rotation",
    sides: "both",
    sets: { min: 2, max: 4 },
    setLabel: "cycle",
    reps: null,
    holdSeconds: { min: 5, max: 10 },
    positions: HIP_FLEXION_POSITIONS,
    directions: ROTATION_DIRECTIONS,
    restSeconds: 20,
    notes: "The foot travels the opposite way to the front of the thigh.",
  };
}

/** 2 sets of 3–6 reps per side, each rep a 10–15 s hold. */
export function prescribeNinetyNinetyLiftoff(id: string): Prescription {
  return {
    id,
    exerciseSlug: "ninety-ninety-liftoff",
    sides: "both",
    sets: { min: 2, max: 2 },
    setLabel: "set",
    reps: { min: 3, max: 6 },
    holdSeconds: { min: 10, max: 15 },
    positions: [],
    directions: [],
    restSeconds: 45,
    tempo: "Ease into each lift and ease out of it",
  };
}

/** 2–3 sets of 4–6 reps on each leg, each rep held for 5 s. */
export function prescribeBandHipInternalRotation(id: string): Prescription {
  return {
    id,
    exerciseSlug: "band-hip-internal-rotation",
    sides: "both",
    sets: { min: 2, max: 3 },
    setLabel: "set",
    reps: { min: 4, max: 6 },
    holdSeconds: { min: 5, max: 5 },
    positions: [],
    directions: [],
    restSeconds: 45,
    tempo: "Turn, hold, and come back slowly",
  };
}

/** The arch set-up practised on its own before standing work. */
export function prescribeShortAndSkinnyFoot(id: string): Prescription {
  return {
    id,
    exerciseSlug: "short-and-skinny-foot",
    sides: "both",
    sets: { min: 1, max: 1 },
    setLabel: "set",
    reps: { min: 5, max: 8 },
    holdSeconds: { min: 3, max: 5 },
    positions: [],
    directions: [],
    restSeconds: 0,
  };
}
