import { describe, expect, it } from "vitest";

import type { Prescription } from "../schemas/prescription";
import type { SessionTemplate } from "../schemas/session-template";
import type { Step } from "./step";
import { makeExercise, makePrescription } from "../testing/fixtures";
import { expandSession } from "./expand-session";

const library = [
  makeExercise("hip-axial-rotation", { name: "Hip axial rotation" }),
  makeExercise("ninety-ninety-liftoff", { name: "90/90 liftoff" }),
  makeExercise("band-rotation", { name: "Band hip rotation" }),
];

function sessionOf(...prescriptions: Prescription[]): SessionTemplate {
  return { key: "s", title: "Session", prescriptions };
}

/** A compact, readable signature per step so whole timelines can be compared. */
function describeStep(step: Step): string {
  switch (step.kind) {
    case "get-ready":
      return `get-ready ${step.seconds}`;
    case "hold":
      return [
        "hold",
        step.side,
        `${step.setLabel}${step.setIndex}/${step.setTotal}`,
        step.position?.key,
        step.repIndex === undefined ? undefined : `rep${step.repIndex}/${step.repTotal}`,
        step.direction?.key,
        `${step.seconds}s`,
      ]
        .filter((part) => part !== undefined)
        .join(" ");
    case "reps":
      return `reps ${step.side} set${step.setIndex}/${step.setTotal} ${step.direction?.key ?? "-"} x${step.count}`;
    case "rest":
      return `rest ${step.seconds}`;
    case "switch-side":
      return `switch ${step.toSide}`;
    case "change-position":
      return `move ${step.toPosition.key}`;
  }
}

const axialRotation = makePrescription({
  id: "axial",
  exerciseSlug: "hip-axial-rotation",
  sides: "both",
  sets: { min: 2, max: 4 },
  setLabel: "cycle",
  reps: null,
  holdSeconds: { min: 5, max: 10 },
  positions: [
    { key: "low", label: "Low (~45° hip flexion)" },
    { key: "mid", label: "Mid (~70° hip flexion)" },
    { key: "high", label: "High (~90° hip flexion)" },
  ],
  directions: [
    { key: "internal", label: "Internal rotation" },
    { key: "external", label: "External rotation" },
  ],
  restSeconds: 30,
});

const liftoff = makePrescription({
  id: "liftoff",
  exerciseSlug: "ninety-ninety-liftoff",
  sides: "both",
  sets: { min: 2, max: 2 },
  reps: { min: 3, max: 6 },
  holdSeconds: { min: 10, max: 15 },
  restSeconds: 45,
});

describe("expandSession — hip axial rotation, 2 cycles, both sides, low/mid/high", () => {
  const cycle = (side: string, n: number) => [
    `hold ${side} cycle${n}/2 low internal 5s`,
    `hold ${side} cycle${n}/2 low external 5s`,
    "move mid",
    `hold ${side} cycle${n}/2 mid internal 5s`,
    `hold ${side} cycle${n}/2 mid external 5s`,
    "move high",
    `hold ${side} cycle${n}/2 high internal 5s`,
    `hold ${side} cycle${n}/2 high external 5s`,
  ];

  it("runs every cycle on the left, then every cycle on the right, step by step", () => {
    const { steps } = expandSession(sessionOf(axialRotation), library);
    expect(steps.map(describeStep)).toEqual([
      "get-ready 10",
      ...cycle("left", 1),
      "rest 30",
      "move low",
      ...cycle("left", 2),
      "switch right",
      ...cycle("right", 1),
      "rest 30",
      "move low",
      ...cycle("right", 2),
    ]);
  });

  it("names the exercise and prescription on every step and gives readable labels", () => {
    const { steps } = expandSession(sessionOf(axialRotation), library);
    for (const step of steps) {
      expect(step.prescriptionId).toBe("axial");
      expect(step.exerciseSlug).toBe("hip-axial-rotation");
      expect(step.exerciseName).toBe("Hip axial rotation");
    }
    expect(steps[1]?.label).toBe(
      "Left side, Cycle 1 of 2, Low (~45° hip flexion) — Internal rotation: hold 5 s",
    );
    expect(steps.find((step) => step.kind === "switch-side")?.label).toBe(
      "Switch to the right side",
    );
  });

  it("estimates the duration from the steps", () => {
    const session = expandSession(sessionOf(axialRotation), library);
    // 24 holds × (5 s + 2 s transition) + 10 s get-ready + 2 × 30 s rest
    // + 10 position changes × 5 s + 10 s side switch.
    expect(session.estimatedSeconds).toBe(24 * 7 + 10 + 60 + 50 + 10);
    expect(session.estimatedMinutes).toBe(5);
  });

  it("uses the chosen cycles and hold time, clamped into the prescribed range", () => {
    const { steps } = expandSession(sessionOf(axialRotation), library, {
      axial: { sets: 9, holdSeconds: 7.6 },
    });
    const holds = steps.filter((step) => step.kind === "hold");
    expect(holds).toHaveLength(2 * 4 * 3 * 2);
    expect(new Set(holds.map((step) => step.seconds))).toEqual(new Set([8]));
    expect(holds[0]?.setTotal).toBe(4);
  });
});

describe("expandSession — 90/90 liftoff, each rep a hold", () => {
  it("defaults to the low end: 3 holds of 10 s per set, 2 sets per side", () => {
    const { steps } = expandSession(sessionOf(liftoff), library);
    const set = (side: string, n: number) =>
      [1, 2, 3].map((rep) => `hold ${side} set${n}/2 rep${rep}/3 10s`);
    expect(steps.map(describeStep)).toEqual([
      "get-ready 10",
      ...set("left", 1),
      "rest 45",
      ...set("left", 2),
      "switch right",
      ...set("right", 1),
      "rest 45",
      ...set("right", 2),
    ]);
  });

  it("goes up to 6 reps of 15 s when chosen, and clamps choices below the range", () => {
    const high = expandSession(sessionOf(liftoff), library, {
      liftoff: { reps: 6, holdSeconds: 15 },
    });
    expect(high.steps.filter((step) => step.kind === "hold")).toHaveLength(2 * 2 * 6);
    expect(high.steps[6]?.label).toBe("Left side, Set 1 of 2, rep 6 of 6 — hold 15 s");

    const low = expandSession(sessionOf(liftoff), library, {
      liftoff: { reps: 0, holdSeconds: -4 },
    });
    const holds = low.steps.filter((step) => step.kind === "hold");
    expect(holds).toHaveLength(2 * 2 * 3);
    expect(holds.every((step) => step.seconds === 10)).toBe(true);
  });
});

describe("expandSession — self-paced reps and session assembly", () => {
  it("gives one reps step per direction per set, without rests when rest is 0", () => {
    const rotation = makePrescription({
      id: "band",
      exerciseSlug: "band-rotation",
      sides: "right",
      sets: { min: 2, max: 3 },
      reps: { min: 4, max: 6 },
      directions: [{ key: "in", label: "Turn in" }],
      restSeconds: 0,
    });
    const session = expandSession(sessionOf(rotation), library);
    expect(session.steps.map(describeStep)).toEqual([
      "get-ready 10",
      "reps right set1/2 in x4",
      "reps right set2/2 in x4",
    ]);
    expect(session.steps[1]?.label).toBe("Right side, Set 1 of 2 — Turn in: 4 reps");
    // 10 s get-ready + 2 × 4 reps × 4 s
    expect(session.estimatedSeconds).toBe(10 + 32);
    expect(session.estimatedMinutes).toBe(1);
  });

  it("runs prescriptions in template order, each with its own get-ready", () => {
    const { steps } = expandSession(
      sessionOf(makePrescription({ id: "first", exerciseSlug: "band-rotation" }), liftoff),
      library,
    );
    const readies = steps.filter((step) => step.kind === "get-ready");
    expect(readies.map((step) => step.label)).toEqual([
      "Get ready: Band hip rotation",
      "Get ready: 90/90 liftoff",
    ]);
    expect(steps[0]?.prescriptionId).toBe("first");
    expect(steps.at(-1)?.prescriptionId).toBe("liftoff");
  });

  it("refuses a session whose exercise is missing from the library", () => {
    const broken = makePrescription({ exerciseSlug: "not-in-library" });
    expect(() => expandSession(sessionOf(broken), library)).toThrow(/not-in-library/);
  });
});
