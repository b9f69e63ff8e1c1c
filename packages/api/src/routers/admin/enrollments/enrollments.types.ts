/** Request and response schemas of the admin enrolments router. */
import { z } from "zod";

const ZProgramId = z.uuid("Choose a program");
const ZToVersion = z.int("Versions are whole numbers").min(1, "Versions start at 1");

export const ZMigrationPlanRequest = z.object({ programId: ZProgramId, toVersion: ZToVersion });

export const ZMigrateRequest = z.object({
  programId: ZProgramId,
  toVersion: ZToVersion,
  enrollmentIds: z
    .array(z.uuid("Each enrolment is identified by its id"), "Choose the enrolments to move")
    .min(1, "Choose at least one enrolment to move")
    .max(500, "Move at most 500 enrolments at a time")
    .refine((ids) => new Set(ids).size === ids.length, "Each enrolment may be listed only once"),
});

const ZReason = z.enum([
  "different-program",
  "not-newer",
  "unknown-phase",
  "phase-removed",
  "already-there",
  "not-found",
]);

const ZMove = z.object({
  id: z.string(),
  user: z.object({ id: z.string(), name: z.string().nullable(), email: z.string() }),
  fromVersion: z.number(),
  currentPhaseKey: z.string(),
  completedSessions: z.number(),
  ok: z.boolean(),
  reason: ZReason.nullable(),
  message: z.string().nullable(),
  notes: z.array(z.string()),
});

export const ZMigrationPlanResponse = z.object({
  to: z.object({ version: z.number(), publishedAt: z.date(), changelog: z.string() }),
  latestVersion: z.number(),
  versions: z.array(z.object({ version: z.number(), changelog: z.string() })),
  total: z.number(),
  movable: z.number(),
  blocked: z.number(),
  /** Enrolments sharing a version and phase share the verdict; one row per such group. */
  groups: z.array(
    z.object({
      fromVersion: z.number(),
      phaseKey: z.string(),
      count: z.number(),
      ok: z.boolean(),
      message: z.string().nullable(),
    }),
  ),
  enrollments: z.array(ZMove),
  /** More enrolments exist than are listed; the counts above cover all of them. */
  truncated: z.boolean(),
});

export const ZMigrateResponse = z.object({
  toVersion: z.number(),
  moved: z.array(z.object({ id: z.string(), fromVersion: z.number(), notes: z.array(z.string()) })),
  notMoved: z.array(z.object({ id: z.string(), reason: ZReason, message: z.string() })),
});
