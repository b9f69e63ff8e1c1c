import { describe, expect, it } from "vitest";

import type { ProgramDocument } from "@phasewise/domain";
import { kneePainSolution } from "@phasewise/domain";

import { diffPrograms, isDeepEqual } from "./diff-program";

function copy(): ProgramDocument {
  return structuredClone(kneePainSolution);
}

function session(doc: ProgramDocument, key: string) {
  const found = doc.sessions.find((item) => item.key === key);
  if (!found) throw new Error(`no session ${key}`);
  return found;
}

describe("diffPrograms", () => {
  it("finds nothing between a program and its copy", () => {
    expect(diffPrograms(kneePainSolution, copy())).toEqual([]);
  });

  it("describes a changed dose field by field, with both values", () => {
    const after = copy();
    const axial = session(after, "restore-a").prescriptions[1];
    if (!axial) throw new Error("fixture");
    axial.sets = { min: 3, max: 4 };
    const [change] = diffPrograms(kneePainSolution, after);
    expect(change).toMatchObject({
      kind: "changed",
      area: "prescription",
      key: "restore-a-axial",
      label: "Hip axial rotation at the wall",
      parent: { key: "restore-a", label: "Range at every angle" },
      fields: [{ field: "sets", before: { min: 2, max: 4 }, after: { min: 3, max: 4 } }],
    });
    expect(change?.summary).toBe(
      'Exercise "Hip axial rotation at the wall" in session "Range at every angle" changed: sets',
    );
  });

  it("reports added, removed and reordered prescriptions in their session", () => {
    const after = copy();
    const restoreA = session(after, "restore-a");
    const [wipers, axial, settle, bridge] = restoreA.prescriptions;
    if (!wipers || !axial || !settle || !bridge) throw new Error("fixture");
    restoreA.prescriptions = [axial, wipers, { ...bridge, id: "restore-a-bridge-2" }];
    const changes = diffPrograms(kneePainSolution, after);
    expect(changes.map((change) => [change.kind, change.key])).toEqual([
      ["added", "restore-a-bridge-2"],
      ["removed", "restore-a-settle"],
      ["removed", "restore-a-bridge"],
      ["reordered", ""],
    ]);
    expect(changes.at(-1)).toMatchObject({
      summary: 'Exercises of session "Range at every angle" reordered',
      order: {
        before: ["restore-a-wipers", "restore-a-axial", "restore-a-settle", "restore-a-bridge"],
        after: ["restore-a-axial", "restore-a-wipers", "restore-a-bridge-2"],
      },
    });
  });

  it("shows a prescription moved to another session as a change of session", () => {
    const after = copy();
    const from = session(after, "restore-a");
    const moved = from.prescriptions.pop();
    if (!moved) throw new Error("fixture");
    session(after, "restore-b").prescriptions.push(moved);
    const changes = diffPrograms(kneePainSolution, after);
    expect(changes[0]).toMatchObject({
      kind: "changed",
      key: "restore-a-bridge",
      fields: [{ field: "session", before: "restore-a", after: "restore-b" }],
    });
  });

  it("goes one level into unlock rules and names the phase", () => {
    const after = copy();
    const restore = after.phases[0];
    if (!restore?.unlockRule) throw new Error("fixture");
    restore.unlockRule.minSessions = 8;
    restore.title = "Restore";
    expect(diffPrograms(kneePainSolution, after)).toMatchObject([
      {
        kind: "changed",
        area: "phase",
        key: "restore",
        summary: 'Phase "Restore" changed: title, unlockRule.minSessions',
      },
    ]);
  });

  it("reports program text, new exercises and reordered phases", () => {
    const after = copy();
    after.summary = "A shorter summary.";
    after.phases.reverse();
    const exercise = after.exercises[0];
    if (!exercise) throw new Error("fixture");
    after.exercises.push({ ...exercise, slug: "new-move", name: "New move" });
    expect(diffPrograms(kneePainSolution, after).map((change) => change.summary)).toEqual([
      'Program "Knee Pain Solution" changed: summary',
      "Phases reordered",
      'Exercise description "New move" added',
    ]);
  });

  it("tolerates drafts with missing or malformed parts", () => {
    const broken = { ...copy(), phases: "oops", sessions: [null, { title: "No key" }] };
    const changes = diffPrograms(kneePainSolution, broken);
    expect(
      changes.filter((change) => change.kind === "removed" && change.area === "phase"),
    ).toHaveLength(4);
    expect(diffPrograms(undefined, null)).toEqual([]);
  });
});

describe("isDeepEqual", () => {
  it("ignores key order and treats a missing field like an undefined one", () => {
    expect(isDeepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(isDeepEqual({ a: 1, tempo: undefined }, { a: 1 })).toBe(true);
    expect(isDeepEqual([1, 2], [2, 1])).toBe(false);
    expect(isDeepEqual({ a: null }, { a: undefined })).toBe(false);
  });
});
