import { describe, expect, it } from "vitest";

import type { Prescription } from "../schemas/prescription";
import { expandSession } from "../session/expand-session";
import { validateProgram } from "../validation/validate-program";
import { kneePainSolution } from "./knee-pain-solution";

const allPrescriptions = kneePainSolution.sessions.flatMap((session) => session.prescriptions);

function prescriptionsOf(slug: string): Prescription[] {
  return allPrescriptions.filter((prescription) => prescription.exerciseSlug === slug);
}

describe("Knee Pain Solution seed", () => {
  it("passes validateProgram with no problems", () => {
    const result = validateProgram(kneePainSolution);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("prescribes hip axial rotation as 2–4 cycles per side, low/mid/high, 5–10 s each way", () => {
    const found = prescriptionsOf("hip-axial-rotation");
    expect(found.length).toBeGreaterThan(0);
    for (const prescription of found) {
      expect(prescription).toMatchObject({
        sides: "both",
        sets: { min: 2, max: 4 },
        setLabel: "cycle",
        reps: null,
        holdSeconds: { min: 5, max: 10 },
      });
      expect(prescription.positions.map((position) => position.key)).toEqual([
        "low",
        "mid",
        "high",
      ]);
      expect(prescription.positions.map((position) => position.label).join(" ")).toMatch(
        /45°.*70°.*90°/,
      );
      expect(prescription.directions.map((direction) => direction.key)).toEqual([
        "internal",
        "external",
      ]);
    }
  });

  it("prescribes 90/90 liftoff as 2 sets of 3–6 reps per side with 10–15 s holds", () => {
    const found = prescriptionsOf("ninety-ninety-liftoff");
    expect(found.length).toBeGreaterThan(0);
    for (const prescription of found) {
      expect(prescription).toMatchObject({
        sides: "both",
        sets: { min: 2, max: 2 },
        reps: { min: 3, max: 6 },
        holdSeconds: { min: 10, max: 15 },
      });
    }
  });

  it("prescribes band hip internal rotation as 2–3 sets of 4–6 reps per side with 5 s holds", () => {
    const found = prescriptionsOf("band-hip-internal-rotation");
    expect(found.length).toBeGreaterThan(0);
    for (const prescription of found) {
      expect(prescription).toMatchObject({
        sides: "both",
        sets: { min: 2, max: 3 },
        reps: { min: 4, max: 6 },
        holdSeconds: { min: 5, max: 5 },
      });
    }
  });

  it("uses the short-and-skinny foot drill before standing band work", () => {
    for (const session of kneePainSolution.sessions) {
      const slugs = session.prescriptions.map((prescription) => prescription.exerciseSlug);
      const band = slugs.indexOf("band-hip-internal-rotation");
      if (band >= 0) expect(slugs.slice(0, band)).toContain("short-and-skinny-foot");
    }
  });

  it("has at least 4 phases, each with 2+ sessions, a weekly frequency and a gate until the last", () => {
    const { phases } = kneePainSolution;
    expect(phases.length).toBeGreaterThanOrEqual(4);
    phases.forEach((phase, index) => {
      expect(phase.sessionKeys.length).toBeGreaterThanOrEqual(2);
      expect(phase.recommendedSessionsPerWeek).toBeGreaterThan(0);
      if (index < phases.length - 1) expect(phase.unlockRule).toBeDefined();
    });
    expect(phases[0]?.unlockRule).toEqual({
      minSessions: 6,
      minDays: 14,
      maxAveragePain: { value: 3, overLastSessions: 3 },
    });
    expect(phases.slice(1, -1).map((phase) => phase.unlockRule?.retestRequired)).toEqual([
      "hip-knee-check",
      "hip-knee-check",
    ]);
  });

  it("has a rich exercise library with safety notes and variants", () => {
    const { exercises } = kneePainSolution;
    expect(exercises.length).toBeGreaterThanOrEqual(12);
    for (const exercise of exercises) {
      expect(exercise.steps.length).toBeGreaterThan(0);
      expect(exercise.cues.length).toBeGreaterThan(0);
      expect(exercise.mistakes.length).toBeGreaterThan(0);
      expect(exercise.safetyNotes.length).toBeGreaterThan(0);
    }
    const withVariant = exercises.filter((e) => e.easierVariant ?? e.harderVariant);
    expect(withVariant.length).toBeGreaterThanOrEqual(12);
  });

  it("measures hip internal rotation per side in degrees and knee pain in three situations", () => {
    const baseline = kneePainSolution.assessments.find(
      (assessment) => assessment.key === kneePainSolution.baselineAssessmentKey,
    );
    expect(baseline?.items.find((item) => item.kind === "degrees")).toMatchObject({
      perSide: true,
      range: { min: 0, max: 90 },
    });
    expect(baseline?.items.filter((item) => item.kind === "pain")).toHaveLength(3);
  });

  it("screens for red flags and tells the customer to see a clinician", () => {
    const redFlags = kneePainSolution.screeningQuestions.filter((question) => question.redFlag);
    expect(redFlags.length).toBeGreaterThanOrEqual(6);
    for (const question of redFlags)
      expect(question.advice).toMatch(/doctor|clinician|medical|surgeon/i);
    expect(kneePainSolution.disclaimer).toMatch(/not medical advice/i);
    expect(kneePainSolution.disclaimer).toMatch(/sharp pain/i);
  });

  it("expands every session into a 5–45 minute timeline, at both ends of its ranges", () => {
    for (const session of kneePainSolution.sessions) {
      const lowest = expandSession(session, kneePainSolution.exercises);
      const highestChoice = { sets: 99, reps: 99, holdSeconds: 999 };
      const highest = expandSession(
        session,
        kneePainSolution.exercises,
        Object.fromEntries(session.prescriptions.map((p) => [p.id, highestChoice])),
      );
      expect(lowest.estimatedMinutes, session.key).toBeGreaterThanOrEqual(5);
      expect(highest.estimatedMinutes, session.key).toBeLessThanOrEqual(45);
    }
  });
});
