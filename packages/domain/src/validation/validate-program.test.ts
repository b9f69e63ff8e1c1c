import { describe, expect, it } from "vitest";

import type { ProgramDocument } from "../schemas/program-document";
import type { Problem } from "./problem";
import { makePhase, makePrescription, makeProgram } from "../testing/fixtures";
import { validateProgram } from "./validate-program";

function problemsOf(doc: unknown): Problem[] {
  const result = validateProgram(doc);
  return result.ok ? [] : result.problems;
}

function pathsOf(doc: unknown): string[] {
  return problemsOf(doc).map((problem) => problem.path.join("."));
}

function edit(change: (program: ProgramDocument) => void): ProgramDocument {
  const program = makeProgram();
  change(program);
  return program;
}

describe("validateProgram", () => {
  it("accepts a well-formed program and returns it parsed", () => {
    const result = validateProgram(makeProgram());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.program.slug).toBe("test-program");
  });

  it("rejects non-objects with a problem at the root instead of throwing", () => {
    expect(pathsOf(null)).toEqual([""]);
    expect(pathsOf("program")).toEqual([""]);
  });

  it("points at a range whose low end is above its high end", () => {
    const doc = edit((program) => {
      program.sessions[0]?.prescriptions.push(
        makePrescription({ id: "p2", reps: { min: 6, max: 3 } }),
      );
    });
    expect(problemsOf(doc)).toContainEqual({
      path: ["sessions", 0, "prescriptions", 1, "reps", "max"],
      message: "The low end must not be above the high end",
    });
  });

  it("reports a prescription that references an unknown exercise", () => {
    const doc = edit((program) => {
      const prescription = program.sessions[0]?.prescriptions[0];
      if (prescription) prescription.exerciseSlug = "ghost";
    });
    expect(problemsOf(doc)).toEqual([
      {
        path: ["sessions", 0, "prescriptions", 0, "exerciseSlug"],
        message: 'Unknown exercise "ghost"',
      },
    ]);
  });

  it("reports dangling variant, substitute and equipment links on exercises", () => {
    const doc = edit((program) => {
      const [first, second] = program.exercises;
      if (!first || !second) return;
      first.easierVariant = "missing";
      first.substitutes = ["ex-a"];
      first.equipment = ["kettlebell"];
      second.harderVariant = "ex-b";
    });
    expect(pathsOf(doc).sort()).toEqual([
      "exercises.0.easierVariant",
      "exercises.0.equipment.0",
      "exercises.0.substitutes.0",
      "exercises.1.harderVariant",
    ]);
  });

  it("reports duplicate slugs, keys and prescription ids across sessions", () => {
    const doc = edit((program) => {
      const session = program.sessions[0];
      const exercise = program.exercises[1];
      if (!session || !exercise) return;
      program.sessions.push({ ...session, key: "session-b" });
      program.sessions.push({ ...session, key: "session-a" });
      program.exercises.push({ ...exercise, slug: "ex-a" });
    });
    expect(pathsOf(doc)).toEqual(
      expect.arrayContaining([
        "sessions.2.key",
        "exercises.2.slug",
        "sessions.1.prescriptions.0.id",
        "sessions.2.prescriptions.0.id",
      ]),
    );
  });

  it("requires every phase to have existing sessions and non-final phases an unlock rule", () => {
    const doc = edit((program) => {
      program.phases = [
        makePhase("one", { sessionKeys: [] }),
        makePhase("two", { sessionKeys: ["session-a", "nope"], unlockRule: undefined }),
        makePhase("three"),
      ];
    });
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        { path: ["phases", 0, "sessionKeys"], message: "A phase needs at least one session" },
        { path: ["phases", 1, "sessionKeys", 1], message: 'Unknown session "nope"' },
        {
          path: ["phases", 1, "unlockRule"],
          message: "Every phase except the last needs an unlock rule for the next phase",
        },
      ]),
    );
  });

  it("rejects unlock rules that cannot be met as written", () => {
    const doc = edit((program) => {
      program.phases[0] = makePhase("one", {
        unlockRule: {
          minSessions: 0,
          minDays: 7,
          maxAveragePain: { value: 11, overLastSessions: 3 },
          retestRequired: "no-such-test",
        },
      });
      program.phases[1] = makePhase("two", {
        unlockRule: {
          minSessions: 2,
          minDays: 0,
          maxAveragePain: { value: 3, overLastSessions: 5 },
        },
      });
    });
    expect(pathsOf(doc)).toEqual(
      expect.arrayContaining([
        "phases.0.unlockRule.minSessions",
        "phases.0.unlockRule.maxAveragePain.value",
        "phases.0.unlockRule.retestRequired",
        "phases.1.unlockRule.maxAveragePain.overLastSessions",
      ]),
    );
  });

  it("reports a baseline assessment that does not exist", () => {
    const doc = edit((program) => {
      program.baselineAssessmentKey = "intake";
    });
    expect(problemsOf(doc)).toEqual([
      { path: ["baselineAssessmentKey"], message: 'Unknown assessment "intake"' },
    ]);
  });

  it("reports every field that still names an assessment after it is removed", () => {
    const doc = edit((program) => {
      program.assessments.push({
        key: "gate",
        title: "Gate check",
        instructions: "Measure again.",
        items: [{ key: "pain-rest", label: "Pain at rest", kind: "pain", perSide: false }],
      });
      program.phases[0] = makePhase("one", {
        unlockRule: { minSessions: 3, minDays: 7, retestRequired: "check" },
      });
      program.assessments = program.assessments.filter((assessment) => assessment.key !== "check");
    });
    expect(problemsOf(doc)).toEqual([
      {
        path: ["phases", 0, "unlockRule", "retestRequired"],
        message: 'Unknown assessment "check"',
      },
      { path: ["baselineAssessmentKey"], message: 'Unknown assessment "check"' },
    ]);
  });

  it("points at assessment items and screening questions field by field", () => {
    const doc = edit((program) => {
      program.assessments[0]?.items.push(
        {
          key: "hip-ir",
          label: "Hip rotation",
          kind: "degrees",
          perSide: true,
          range: { min: 60, max: 20 },
        },
        { key: "hip-ir", label: "", kind: "pain", perSide: false },
      );
      program.screeningQuestions = [
        { key: "injury", text: "Recent injury?", redFlag: true, advice: "See a clinician." },
        { key: "injury", text: "", redFlag: false, advice: "Fine." },
      ];
    });
    expect(pathsOf(doc).sort()).toEqual([
      "assessments.0.items.1.range.max",
      "assessments.0.items.2.key",
      "assessments.0.items.2.label",
      "screeningQuestions.1.key",
      "screeningQuestions.1.text",
    ]);
  });

  it("returns structural and cross-reference problems together in one pass", () => {
    const doc = edit((program) => {
      program.title = "";
      const prescription = program.sessions[0]?.prescriptions[0];
      if (prescription) prescription.exerciseSlug = "ghost";
    });
    expect(pathsOf(doc)).toEqual(["title", "sessions.0.prescriptions.0.exerciseSlug"]);
  });

  it("does not call a reference unknown when the referenced item is only malformed", () => {
    const doc = edit((program) => {
      const exercise = program.exercises[0];
      if (exercise) exercise.steps = [];
    });
    expect(pathsOf(doc)).toEqual(["exercises.0.steps"]);
  });

  it("needs at least one red-flag screening question, at the screening list", () => {
    const message =
      "Add at least one red-flag screening question: customers in pain must be screened before they start.";
    const none = edit((program) => {
      program.screeningQuestions = [];
    });
    expect(problemsOf(none)).toEqual([{ path: ["screeningQuestions"], message }]);
    const noRedFlag = edit((program) => {
      program.screeningQuestions = program.screeningQuestions.map((question) => ({
        ...question,
        redFlag: false,
      }));
    });
    expect(problemsOf(noRedFlag)).toEqual([{ path: ["screeningQuestions"], message }]);
  });

  it("says in words that assessments and their items cannot be empty", () => {
    expect(
      problemsOf(
        edit((program) => {
          program.assessments = [];
        }),
      ),
    ).toContainEqual({ path: ["assessments"], message: "Add at least one assessment" });
    expect(
      problemsOf(
        edit((program) => {
          const [first] = program.assessments;
          if (first) first.items = [];
        }),
      ),
    ).toContainEqual({
      path: ["assessments", 0, "items"],
      message: "Add at least one item to measure",
    });
  });

  it("rejects misspelled fields rather than silently dropping them", () => {
    const doc = { ...makeProgram(), dislaimer: "typo" };
    expect(problemsOf(doc)).toEqual([
      { path: [], message: expect.stringContaining("dislaimer") as unknown },
    ]);
  });
});
