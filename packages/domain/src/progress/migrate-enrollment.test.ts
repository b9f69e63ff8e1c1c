import { describe, expect, it } from "vitest";

import type { ProgramDocument } from "../schemas/program-document";
import { makePhase, makeProgram } from "../testing/fixtures";
import { migrateEnrollment } from "./migrate-enrollment";

function programWithPhases(...phases: ProgramDocument["phases"]): ProgramDocument {
  return { ...makeProgram(), phases };
}

const v1 = {
  version: 1,
  document: programWithPhases(
    makePhase("restore", { sessionKeys: ["restore-a", "restore-b"] }),
    makePhase("strengthen", { sessionKeys: ["strengthen-a", "strengthen-b"] }),
    makePhase("maintain", { sessionKeys: ["maintain-a"], unlockRule: undefined }),
  ),
};

const progress = {
  currentPhaseKey: "strengthen",
  completedSessionKeys: ["strengthen-a", "strengthen-b", "strengthen-a"],
};

describe("migrateEnrollment", () => {
  it("keeps the customer's phase and completed sessions when keys are unchanged", () => {
    const v2 = { version: 2, document: v1.document };
    expect(migrateEnrollment(v1, v2, progress)).toEqual({
      ok: true,
      progress,
      droppedSessionKeys: [],
      notes: [],
    });
  });

  it("drops completed sessions that the new version removed from the phase", () => {
    const v2 = {
      version: 2,
      document: programWithPhases(
        makePhase("restore", { sessionKeys: ["restore-a"] }),
        makePhase("strengthen", { sessionKeys: ["strengthen-a", "strengthen-c"] }),
        makePhase("maintain", { unlockRule: undefined }),
      ),
    };
    const result = migrateEnrollment(v1, v2, progress);
    expect(result).toMatchObject({
      ok: true,
      progress: {
        currentPhaseKey: "strengthen",
        completedSessionKeys: ["strengthen-a", "strengthen-a"],
      },
      droppedSessionKeys: ["strengthen-b"],
    });
  });

  it("notes a new phase inserted before the customer's phase", () => {
    const v2 = {
      version: 2,
      document: programWithPhases(
        makePhase("restore", { sessionKeys: ["restore-a"] }),
        makePhase("activate"),
        makePhase("strengthen", { sessionKeys: ["strengthen-a", "strengthen-b"] }),
        makePhase("maintain", { unlockRule: undefined }),
      ),
    };
    const result = migrateEnrollment(v1, v2, progress);
    expect(result.ok && result.notes).toEqual([
      'Phase "activate" is new and comes before the current phase; it is skipped',
    ]);
  });

  it("refuses when the customer's phase was removed", () => {
    const v2 = {
      version: 2,
      document: programWithPhases(
        makePhase("restore"),
        makePhase("maintain", { unlockRule: undefined }),
      ),
    };
    expect(migrateEnrollment(v1, v2, progress)).toMatchObject({
      ok: false,
      reason: "phase-removed",
    });
  });

  it("refuses to move backwards, across programs, or from a phase the old version never had", () => {
    expect(migrateEnrollment({ ...v1, version: 3 }, v1, progress)).toMatchObject({
      reason: "not-newer",
    });
    const other = { version: 2, document: { ...v1.document, slug: "other-program" } };
    expect(migrateEnrollment(v1, other, progress)).toMatchObject({ reason: "different-program" });
    expect(
      migrateEnrollment(v1, { ...v1, version: 2 }, { ...progress, currentPhaseKey: "ghost" }),
    ).toMatchObject({ reason: "unknown-phase" });
  });
});
