import { describe, expect, it } from "vitest";

import type { AssessmentResultInput } from "../schemas/assessment-result-input";
import { kneePainSolution } from "../programs/knee-pain-solution";
import { checkAssessmentResult } from "./check-assessment-result";

const [checkIn] = kneePainSolution.assessments;
if (!checkIn) throw new Error("the seed has an assessment");

function result(values: AssessmentResultInput["values"]): AssessmentResultInput {
  return {
    clientId: "5f0c8a52-3f4e-4b7a-9c1d-2e6f8a9b0c1d",
    assessmentKey: "hip-knee-check",
    takenAt: "2025-03-01T08:00:00.000Z",
    values,
  };
}

const complete: AssessmentResultInput["values"] = [
  { itemKey: "hip-internal-rotation", side: "left", value: 22 },
  { itemKey: "hip-internal-rotation", side: "right", value: 31.5 },
  { itemKey: "knee-pain-stairs", value: 5 },
  { itemKey: "knee-pain-squat", value: 4 },
  { itemKey: "knee-pain-rest", value: 0 },
];

describe("checkAssessmentResult", () => {
  it("accepts hip rotation per side in degrees and knee pain in three situations", () => {
    expect(checkAssessmentResult(checkIn, result(complete))).toEqual([]);
  });

  it("rejects degrees beyond 90, fractional pain, and missing sides", () => {
    const problems = checkAssessmentResult(
      checkIn,
      result([
        { itemKey: "hip-internal-rotation", side: "left", value: 95 },
        { itemKey: "hip-internal-rotation", value: 30 },
        { itemKey: "knee-pain-stairs", value: 4.5 },
        { itemKey: "knee-pain-squat", value: 4 },
        { itemKey: "knee-pain-rest", side: "left", value: 0 },
      ]),
    );
    expect(problems.map((problem) => problem.path.join("."))).toEqual([
      "values.0.value",
      "values.1.side",
      "values.2.value",
      "values.4.side",
      "values",
    ]);
    expect(problems.at(-1)?.message).toBe(
      "Missing: Seated hip internal rotation (right), Knee pain at rest",
    );
  });
});
