/**
 * Session templates of the Knee Pain Solution, two or more per phase. Each starts gently and
 * ends with the most demanding work so the customer is warm when it matters.
 */
import type { Prescription } from "../../schemas/prescription";
import type { SessionTemplate } from "../../schemas/session-template";
import {
  prescribeBandHipInternalRotation,
  prescribeHipAxialRotation,
  prescribeNinetyNinetyLiftoff,
  prescribeShortAndSkinnyFoot,
} from "./core-prescriptions";

/** Shorthand for the added exercises, which all use plain sets. */
function prescribe(
  id: string,
  exerciseSlug: string,
  dose: Partial<Omit<Prescription, "id" | "exerciseSlug">>,
): Prescription {
  return {
    id,
    exerciseSlug,
    sides: "both",
    sets: { min: 2, max: 3 },
    setLabel: "set",
    reps: { min: 8, max: 12 },
    holdSeconds: null,
    positions: [],
    directions: [],
    restSeconds: 45,
    ...dose,
  };
}

const wipers = (id: string) =>
  prescribe(id, "lying-windscreen-wipers", {
    sides: "none",
    sets: { min: 1, max: 1 },
    reps: { min: 8, max: 10 },
    restSeconds: 0,
    tempo: "Slow and smooth, no bouncing at the ends",
  });

const settle = (id: string) =>
  prescribe(id, "ninety-ninety-settle", {
    sets: { min: 1, max: 1 },
    reps: null,
    holdSeconds: { min: 30, max: 60 },
    restSeconds: 0,
  });

export const kneePainSessions: SessionTemplate[] = [
  {
    key: "restore-a",
    title: "Range at every angle",
    summary: "Gentle rotation on the floor, then at the wall across three hip angles.",
    prescriptions: [
      wipers("restore-a-wipers"),
      prescribeHipAxialRotation("restore-a-axial"),
      settle("restore-a-settle"),
      prescribe("restore-a-bridge", "glute-bridge", { sides: "none", sets: { min: 2, max: 2 } }),
    ],
  },
  {
    key: "restore-b",
    title: "Wake up the deep rotators",
    summary: "Settle into 90/90, then the first liftoffs and static presses.",
    prescriptions: [
      settle("restore-b-settle"),
      prescribeNinetyNinetyLiftoff("restore-b-liftoff"),
      prescribe("restore-b-press", "seated-hip-rotation-press", {
        reps: { min: 5, max: 6 },
        holdSeconds: { min: 5, max: 8 },
        restSeconds: 30,
      }),
      prescribeShortAndSkinnyFoot("restore-b-foot"),
    ],
  },
  {
    key: "strengthen-a",
    title: "Rotation strength on the floor",
    prescriptions: [
      prescribeHipAxialRotation("strengthen-a-axial"),
      prescribeNinetyNinetyLiftoff("strengthen-a-liftoff"),
      prescribe("strengthen-a-clamshell", "reverse-clamshell", {
        tempo: "Two seconds up, two seconds down",
        restSeconds: 30,
      }),
      prescribe("strengthen-a-bridge", "single-leg-bridge", { reps: { min: 6, max: 10 } }),
    ],
  },
  {
    key: "strengthen-b",
    title: "Rotation strength, kneeling and standing",
    prescriptions: [
      prescribe("strengthen-b-quadruped", "quadruped-hip-rotation", {
        reps: { min: 6, max: 8 },
        directions: [
          { key: "internal", label: "Swing the foot out (hip turns in)" },
          { key: "external", label: "Swing the foot in (hip turns out)" },
        ],
        restSeconds: 30,
      }),
      prescribeShortAndSkinnyFoot("strengthen-b-foot"),
      prescribeBandHipInternalRotation("strengthen-b-band"),
      prescribe("strengthen-b-bridge", "glute-bridge", {
        sides: "none",
        reps: { min: 10, max: 15 },
      }),
    ],
  },
  {
    key: "integrate-a",
    title: "Standing control",
    prescriptions: [
      prescribeHipAxialRotation("integrate-a-axial"),
      prescribeShortAndSkinnyFoot("integrate-a-foot"),
      prescribeBandHipInternalRotation("integrate-a-band"),
      prescribe("integrate-a-split-squat", "split-squat", {
        reps: { min: 6, max: 10 },
        restSeconds: 60,
      }),
    ],
  },
  {
    key: "integrate-b",
    title: "Athletic positions",
    prescriptions: [
      prescribeNinetyNinetyLiftoff("integrate-b-liftoff"),
      prescribe("integrate-b-hip-turn", "standing-hip-turn", {
        reps: { min: 6, max: 8 },
        restSeconds: 30,
      }),
      prescribe("integrate-b-pivot", "athletic-stance-pivot", { reps: { min: 5, max: 8 } }),
      prescribe("integrate-b-step-down", "lateral-step-down", {
        reps: { min: 6, max: 10 },
        restSeconds: 60,
      }),
    ],
  },
  {
    key: "maintain-a",
    title: "Keep the range",
    prescriptions: [
      prescribeHipAxialRotation("maintain-a-axial"),
      prescribeNinetyNinetyLiftoff("maintain-a-liftoff"),
      prescribeShortAndSkinnyFoot("maintain-a-foot"),
      prescribeBandHipInternalRotation("maintain-a-band"),
    ],
  },
  {
    key: "maintain-b",
    title: "Keep the strength",
    prescriptions: [
      prescribeShortAndSkinnyFoot("maintain-b-foot"),
      prescribe("maintain-b-pivot", "athletic-stance-pivot", { reps: { min: 5, max: 8 } }),
      prescribe("maintain-b-step-down", "lateral-step-down", { reps: { min: 6, max: 10 } }),
      prescribe("maintain-b-bridge", "single-leg-bridge", { reps: { min: 6, max: 10 } }),
    ],
  },
];
