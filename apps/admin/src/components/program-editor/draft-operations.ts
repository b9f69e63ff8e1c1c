/**
 * Pure edits of a program draft that touch more than one field: adding, duplicating, removing
 * and moving items with keys that stay unique, renaming a session everywhere it is used, and
 * bringing exercises in from the library with the equipment they need.
 */
import type {
  Exercise,
  Phase,
  Prescription,
  ProgramDocument,
  SessionTemplate,
} from "@phasewise/domain";

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [moved] = copy.splice(from, 1);
  if (moved === undefined) return copy;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, moved);
  return copy;
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, position) => position !== index);
}

export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}

/** Lowercase kebab-case, the shape every key must have. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 56);
}

export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = slugify(base) || "item";
  if (!used.has(stem)) return stem;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${stem}-${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function prescriptionIds(doc: ProgramDocument): string[] {
  return doc.sessions.flatMap((session) => session.prescriptions.map((item) => item.id));
}

export function newPhase(doc: ProgramDocument): Phase {
  const key = uniqueKey(
    "new-phase",
    doc.phases.map((phase) => phase.key),
  );
  return {
    key,
    title: "New phase",
    goal: "",
    description: "",
    recommendedSessionsPerWeek: 3,
    sessionKeys: [],
    unlockRule: { minSessions: 6, minDays: 14 },
  };
}

export function duplicatePhase(doc: ProgramDocument, phase: Phase): Phase {
  return {
    ...structuredClone(phase),
    key: uniqueKey(
      `${phase.key}-copy`,
      doc.phases.map((item) => item.key),
    ),
    title: `${phase.title} (copy)`,
  };
}

export function newSession(doc: ProgramDocument): SessionTemplate {
  return {
    key: uniqueKey(
      "new-session",
      doc.sessions.map((session) => session.key),
    ),
    title: "New session",
    prescriptions: [],
  };
}

export function duplicateSession(doc: ProgramDocument, session: SessionTemplate): SessionTemplate {
  const key = uniqueKey(
    `${session.key}-copy`,
    doc.sessions.map((item) => item.key),
  );
  const taken = new Set(prescriptionIds(doc));
  return {
    ...structuredClone(session),
    key,
    title: `${session.title} (copy)`,
    prescriptions: session.prescriptions.map((prescription) => {
      const id = uniqueKey(prescription.id.replace(session.key, key), taken);
      taken.add(id);
      return { ...structuredClone(prescription), id };
    }),
  };
}

export function newPrescription(
  doc: ProgramDocument,
  sessionKey: string,
  exerciseSlug: string,
): Prescription {
  return {
    id: uniqueKey(`${sessionKey}-${exerciseSlug}`, prescriptionIds(doc)),
    exerciseSlug,
    sides: "both",
    sets: { min: 2, max: 3 },
    setLabel: "set",
    reps: { min: 8, max: 12 },
    holdSeconds: null,
    positions: [],
    directions: [],
    restSeconds: 30,
  };
}

export function duplicatePrescription(doc: ProgramDocument, prescription: Prescription) {
  return {
    ...structuredClone(prescription),
    id: uniqueKey(`${prescription.id}-copy`, prescriptionIds(doc)),
  };
}

/** Renames a session and every phase rotation that lists it. */
export function renameSession(
  doc: ProgramDocument,
  index: number,
  nextKey: string,
): ProgramDocument {
  const previous = doc.sessions[index]?.key;
  return {
    ...doc,
    sessions: doc.sessions.map((session, position) =>
      position === index ? { ...session, key: nextKey } : session,
    ),
    phases: doc.phases.map((phase) =>
      previous !== undefined && phase.sessionKeys.includes(previous)
        ? {
            ...phase,
            sessionKeys: phase.sessionKeys.map((key) => (key === previous ? nextKey : key)),
          }
        : phase,
    ),
  };
}

/** Removes a session and takes it out of every phase rotation. */
export function removeSession(doc: ProgramDocument, index: number): ProgramDocument {
  const key = doc.sessions[index]?.key;
  return {
    ...doc,
    sessions: removeAt(doc.sessions, index),
    phases: doc.phases.map((phase) => ({
      ...phase,
      sessionKeys: phase.sessionKeys.filter((item) => item !== key),
    })),
  };
}

/** "band-or-cable" → "Band or cable": a starting label for equipment an exercise brings in. */
function labelFromKey(key: string): string {
  const words = key.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Puts library exercises into the draft (replacing the draft's copies of the same slugs) and
 * adds any equipment they need to the program's list. Returns the keys of added equipment.
 */
export function putExercises(
  doc: ProgramDocument,
  exercises: readonly Exercise[],
): { doc: ProgramDocument; addedEquipment: string[] } {
  const incoming = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  const kept = doc.exercises.map((exercise) => incoming.get(exercise.slug) ?? exercise);
  const known = new Set(doc.exercises.map((exercise) => exercise.slug));
  const added = exercises.filter((exercise) => !known.has(exercise.slug));
  const equipmentKeys = new Set(doc.equipment.map((item) => item.key));
  const addedEquipment = [...new Set(exercises.flatMap((exercise) => exercise.equipment))].filter(
    (key) => !equipmentKeys.has(key),
  );
  return {
    doc: {
      ...doc,
      exercises: [...kept, ...added],
      equipment: [
        ...doc.equipment,
        ...addedEquipment.map((key) => ({ key, label: labelFromKey(key) })),
      ],
    },
    addedEquipment,
  };
}

/** Slugs an exercise links to (variants and substitutes). */
export function linkedSlugs(exercise: Exercise): string[] {
  return [
    ...(exercise.easierVariant ? [exercise.easierVariant] : []),
    ...(exercise.harderVariant ? [exercise.harderVariant] : []),
    ...exercise.substitutes,
  ];
}

export function prescriptionsUsing(doc: ProgramDocument, slug: string): number {
  return doc.sessions.reduce(
    (total, session) =>
      total + session.prescriptions.filter((item) => item.exerciseSlug === slug).length,
    0,
  );
}
