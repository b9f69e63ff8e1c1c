import { describe, expect, it } from "vitest";

import { makePrescription } from "../testing/fixtures";
import { prescriptionSchema } from "./prescription";

function messagesAt(value: unknown): [string, string][] {
  const result = prescriptionSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("prescriptionSchema", () => {
  it("accepts ranges whose ends are equal, such as a fixed 5 s hold", () => {
    expect(messagesAt(makePrescription({ holdSeconds: { min: 5, max: 5 } }))).toEqual([]);
  });

  it("rejects a range written backwards, pointing at its high end", () => {
    expect(messagesAt(makePrescription({ sets: { min: 4, max: 2 } }))).toEqual([
      ["sets.max", "The low end must not be above the high end"],
    ]);
  });

  it("rejects a prescription with neither reps nor a hold", () => {
    expect(messagesAt(makePrescription({ reps: null, holdSeconds: null }))).toEqual([
      ["reps", "Give a rep range, a hold range, or both"],
    ]);
  });

  it("rejects zero-second holds and repeated position keys", () => {
    const positions = [
      { key: "low", label: "Low" },
      { key: "low", label: "Low again" },
    ];
    expect(
      messagesAt(makePrescription({ holdSeconds: { min: 0, max: 5 } })).map(([path]) => path),
    ).toEqual(["holdSeconds.min"]);
    expect(messagesAt(makePrescription({ positions }))).toEqual([
      ["positions.1.key", 'Duplicate key "low"'],
    ]);
  });
});
