/** The public face of a program version: what a visitor reads before buying or enrolling. */
import type { ProgramDocument } from "@phasewise/domain";
import { expandSession } from "@phasewise/domain";

export function describeProgram(document: ProgramDocument, version: number) {
  const minutes = document.sessions.map(
    (template) => expandSession(template, document.exercises).estimatedMinutes,
  );
  const equipmentUsed = new Set(document.exercises.flatMap((exercise) => exercise.equipment));
  return {
    slug: document.slug,
    title: document.title,
    summary: document.summary,
    condition: document.condition,
    disclaimer: document.disclaimer,
    stopRules: document.stopRules,
    version,
    phases: document.phases.map((phase) => ({
      key: phase.key,
      title: phase.title,
      goal: phase.goal,
      description: phase.description,
      recommendedSessionsPerWeek: phase.recommendedSessionsPerWeek,
      sessionCount: phase.sessionKeys.length,
      minSessionsToUnlock: phase.unlockRule?.minSessions ?? null,
      minDaysToUnlock: phase.unlockRule?.minDays ?? null,
    })),
    equipment: document.equipment.filter((item) => equipmentUsed.has(item.key)),
    exerciseCount: document.exercises.length,
    sessionMinutes: { min: Math.min(...minutes), max: Math.max(...minutes) },
  };
}

export type ProgramDescription = ReturnType<typeof describeProgram>;
