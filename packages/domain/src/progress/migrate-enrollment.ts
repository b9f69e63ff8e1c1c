/**
 * `migrateEnrollment`: moves a customer's place in a program onto a newer published version,
 * matching by phase and session keys. Keys are the contract between versions, which is why
 * authors are asked to keep them stable when editing.
 */
import type { ProgramDocument } from "../schemas/program-document";

export interface VersionedProgram {
  version: number;
  document: ProgramDocument;
}

export interface EnrollmentProgress {
  currentPhaseKey: string;
  /** Session template keys completed in the current phase, oldest first (repeats allowed). */
  completedSessionKeys: readonly string[];
}

export type MigrationFailure =
  "different-program" | "not-newer" | "unknown-phase" | "phase-removed";

export type MigrateEnrollmentResult =
  | {
      ok: true;
      progress: EnrollmentProgress;
      /** Completed sessions that no longer belong to the phase in the new version. */
      droppedSessionKeys: string[];
      /** Things the customer may want to know, e.g. a new phase added before theirs. */
      notes: string[];
    }
  | { ok: false; reason: MigrationFailure; message: string };

function fail(reason: MigrationFailure, message: string): MigrateEnrollmentResult {
  return { ok: false, reason, message };
}

export function migrateEnrollment(
  fromVersion: VersionedProgram,
  toVersion: VersionedProgram,
  progress: EnrollmentProgress,
): MigrateEnrollmentResult {
  const from = fromVersion.document;
  const to = toVersion.document;
  if (from.slug !== to.slug) {
    return fail("different-program", `Cannot move from "${from.slug}" to "${to.slug}"`);
  }
  if (toVersion.version < fromVersion.version) {
    return fail(
      "not-newer",
      `Version ${toVersion.version} is older than version ${fromVersion.version}`,
    );
  }
  const oldIndex = from.phases.findIndex((phase) => phase.key === progress.currentPhaseKey);
  if (oldIndex < 0) {
    return fail(
      "unknown-phase",
      `Phase "${progress.currentPhaseKey}" is not part of version ${fromVersion.version}`,
    );
  }
  const newIndex = to.phases.findIndex((phase) => phase.key === progress.currentPhaseKey);
  const newPhase = to.phases[newIndex];
  if (newPhase === undefined) {
    return fail(
      "phase-removed",
      `Phase "${progress.currentPhaseKey}" was removed in version ${toVersion.version}; the customer needs to be placed by hand`,
    );
  }

  const rotation = new Set(newPhase.sessionKeys);
  const kept = progress.completedSessionKeys.filter((key) => rotation.has(key));
  const dropped = [...new Set(progress.completedSessionKeys.filter((key) => !rotation.has(key)))];

  // Compare which phases come before the current one in each version.
  const oldEarlier = new Set(from.phases.slice(0, oldIndex).map((phase) => phase.key));
  const newEarlier = to.phases.slice(0, newIndex).map((phase) => phase.key);
  const newLater = new Set(to.phases.slice(newIndex + 1).map((phase) => phase.key));
  const notes = [
    ...newEarlier
      .filter((key) => !oldEarlier.has(key))
      .map((key) => `Phase "${key}" is new and comes before the current phase; it is skipped`),
    ...[...oldEarlier]
      .filter((key) => newLater.has(key))
      .map((key) => `Phase "${key}" now comes after the current phase and will be repeated`),
    ...dropped.map((key) => `Completed session "${key}" is no longer part of this phase`),
  ];

  return {
    ok: true,
    progress: { currentPhaseKey: progress.currentPhaseKey, completedSessionKeys: kept },
    droppedSessionKeys: dropped,
    notes,
  };
}
