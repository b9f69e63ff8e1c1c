import { describe, expect, it } from "vitest";

import type { Prescription } from "../schemas/prescription";
import type { Step } from "./step";
import { kneePainSolution } from "../programs/knee-pain-solution";
import {
  prescribeHipAxialRotation,
  prescribeNinetyNinetyLiftoff,
} from "../programs/knee-pain-solution/core-prescriptions";
import { sessionLogInputSchema } from "../schemas/session-log-input";
import { makeExercise, makePrescription, makeSessionLog } from "../testing/fixtures";
import { checkSessionLog } from "../validation/check-session-log";
import { buildLogEntriesFromSteps } from "./build-log-entries";
import { expandSession } from "./expand-session";

const library = [...kneePainSolution.exercises, makeExercise("band-rotation")];

function stepsOf(prescription: Prescription, choice = {}): Step[] {
  const template = { key: "s", title: "Session", prescriptions: [prescription] };
  return expandSession(template, library, { [prescription.id]: choice }).steps;
}

/** How many steps the customer got through to finish the first step that matches. */
function countThrough(steps: readonly Step[], matches: (step: Step) => boolean): number {
  const index = steps.findIndex(matches);
  if (index === -1) throw new Error("no step matches");
  return index + 1;
}

describe("buildLogEntriesFromSteps — hip axial rotation (holds at 3 positions, 2 ways)", () => {
  const steps = stepsOf(prescribeHipAxialRotation("axial"));

  it("records both sides, 2 cycles each, with the hold used and no reps", () => {
    expect(buildLogEntriesFromSteps(steps, steps.length)).toEqual([
      { prescriptionId: "axial", side: "left", setsDone: 2, holdSeconds: 5 },
      { prescriptionId: "axial", side: "right", setsDone: 2, holdSeconds: 5 },
    ]);
  });

  it("uses the chosen hold and cycle count", () => {
    const chosen = stepsOf(prescribeHipAxialRotation("axial"), { sets: 3, holdSeconds: 8 });
    expect(buildLogEntriesFromSteps(chosen, chosen.length)).toEqual([
      { prescriptionId: "axial", side: "left", setsDone: 3, holdSeconds: 8 },
      { prescriptionId: "axial", side: "right", setsDone: 3, holdSeconds: 8 },
    ]);
  });

  it("counts a cycle as done once its first hold is reached", () => {
    const count = countThrough(steps, (step) => step.kind === "hold" && step.setIndex === 2);
    expect(buildLogEntriesFromSteps(steps, count)).toEqual([
      { prescriptionId: "axial", side: "left", setsDone: 2, holdSeconds: 5 },
    ]);
    expect(buildLogEntriesFromSteps(steps, count - 1)).toEqual([
      { prescriptionId: "axial", side: "left", setsDone: 1, holdSeconds: 5 },
    ]);
  });

  it("does not record a side that was switched to but not started", () => {
    const count = countThrough(steps, (step) => step.kind === "switch-side");
    expect(buildLogEntriesFromSteps(steps, count).map((entry) => entry.side)).toEqual(["left"]);
    const firstRight = countThrough(steps, (step) => step.kind === "hold" && step.side === "right");
    expect(buildLogEntriesFromSteps(steps, firstRight)).toEqual([
      { prescriptionId: "axial", side: "left", setsDone: 2, holdSeconds: 5 },
      { prescriptionId: "axial", side: "right", setsDone: 1, holdSeconds: 5 },
    ]);
  });

  it("records nothing when the session stopped at the get-ready countdown", () => {
    expect(buildLogEntriesFromSteps(steps, 1)).toEqual([]);
    expect(buildLogEntriesFromSteps(steps, 0)).toEqual([]);
    expect(buildLogEntriesFromSteps(steps, -3)).toEqual([]);
  });
});

describe("buildLogEntriesFromSteps — 90/90 liftoff (each rep a hold)", () => {
  const steps = stepsOf(prescribeNinetyNinetyLiftoff("liftoff"), { reps: 4, holdSeconds: 12 });
  const isHold = (side: string, set: number, rep: number) => (step: Step) =>
    step.kind === "hold" && step.side === side && step.setIndex === set && step.repIndex === rep;

  it("records 2 sets of the chosen reps and hold per side", () => {
    expect(buildLogEntriesFromSteps(steps, steps.length)).toEqual([
      { prescriptionId: "liftoff", side: "left", setsDone: 2, repsDone: 4, holdSeconds: 12 },
      { prescriptionId: "liftoff", side: "right", setsDone: 2, repsDone: 4, holdSeconds: 12 },
    ]);
  });

  it("records the highest rep reached when stopped inside the first set", () => {
    expect(buildLogEntriesFromSteps(steps, countThrough(steps, isHold("left", 1, 2)))).toEqual([
      { prescriptionId: "liftoff", side: "left", setsDone: 1, repsDone: 2, holdSeconds: 12 },
    ]);
  });

  it("keeps the finished side whole when stopped early on the second side", () => {
    expect(buildLogEntriesFromSteps(steps, countThrough(steps, isHold("right", 1, 1)))).toEqual([
      { prescriptionId: "liftoff", side: "left", setsDone: 2, repsDone: 4, holdSeconds: 12 },
      { prescriptionId: "liftoff", side: "right", setsDone: 1, repsDone: 1, holdSeconds: 12 },
    ]);
  });
});

describe("buildLogEntriesFromSteps — sessions", () => {
  it("records self-paced reps as the count of the last reps step reached", () => {
    const steps = stepsOf(
      makePrescription({
        id: "band",
        exerciseSlug: "band-rotation",
        sides: "none",
        sets: { min: 3, max: 3 },
        reps: { min: 8, max: 12 },
        directions: [
          { key: "in", label: "Turn in" },
          { key: "out", label: "Turn out" },
        ],
      }),
      { reps: 10 },
    );
    expect(buildLogEntriesFromSteps(steps, 4)).toEqual([
      { prescriptionId: "band", side: "none", setsDone: 2, repsDone: 10 },
    ]);
  });

  it("orders entries by first appearance and gives a log the program accepts", () => {
    const template = kneePainSolution.sessions.find((session) => session.key === "restore-b");
    if (template === undefined) throw new Error("seed has restore-b");
    const { steps } = expandSession(template, library);
    const entries = buildLogEntriesFromSteps(steps, steps.length);
    expect(entries.map((entry) => `${entry.prescriptionId}/${entry.side}`)).toEqual(
      template.prescriptions.flatMap((prescription) =>
        prescription.sides === "both"
          ? [`${prescription.id}/left`, `${prescription.id}/right`]
          : [`${prescription.id}/${prescription.sides}`],
      ),
    );
    const log = makeSessionLog({ sessionKey: "restore-b", entries });
    expect(sessionLogInputSchema.safeParse(log).success).toBe(true);
    expect(checkSessionLog(kneePainSolution, log)).toEqual([]);
  });
});
