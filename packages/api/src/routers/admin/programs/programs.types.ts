/** Request and response schemas of the admin programs router (`ZXxxRequest` / `ZXxxResponse`). */
import { z } from "zod";

export const ZProgramId = z.uuid("Choose a program");

/** The revision the editor loaded or last saved; saves and publishes must name it. */
export const ZRevision = z
  .int("The draft revision must be a whole number")
  .min(1, "The draft revision starts at 1");

const maxDraftCharacters = 1_000_000;

/**
 * A draft is saved whatever its problems (that is the point of a draft), so it is only checked
 * for being an object of sensible size here; `validateProgram` reports the rest.
 */
export const ZDraft = z
  .record(z.string(), z.unknown(), "The draft must be a program document (a JSON object)")
  .refine((draft) => JSON.stringify(draft).length <= maxDraftCharacters, {
    message: "The draft is larger than 1 MB; shorten long texts or remove unused items",
  });

const ZVersionNumber = z.int("Versions are whole numbers").min(1, "Versions start at 1");

const ZSessionKey = z
  .string("Choose a session")
  .trim()
  .min(1, "Choose a session")
  .max(64, "Session keys are at most 64 characters");

export const ZGetProgramRequest = z.object({ programId: ZProgramId });

/** Which programs the list shows: all of them (archived ones badged), only active, or archived. */
export const ZListProgramsRequest = z
  .object({
    show: z
      .enum(["all", "active", "archived"], "Show all, active or archived programs")
      .default("all"),
  })
  .optional();

export const ZArchiveProgramRequest = z.object({ programId: ZProgramId });
export const ZUnarchiveProgramRequest = z.object({ programId: ZProgramId });

export const ZSaveDraftRequest = z.object({
  programId: ZProgramId,
  revision: ZRevision,
  draft: ZDraft,
});

export const ZPreviewRequest = z.object({
  programId: ZProgramId,
  sessionKey: ZSessionKey,
  /** A published version; the draft when absent. */
  version: ZVersionNumber.optional(),
  /** Where inside every range: "low" is what a customer gets on a first session. */
  dose: z.enum(["low", "high"], "Dose is low or high").default("low"),
});

export const ZDiffRequest = z.object({
  programId: ZProgramId,
  /** Compare the draft with this version instead of the latest one. */
  version: ZVersionNumber.optional(),
});

/** A program's address on the storefront and its identity in enrolments and products. */
export const ZProgramSlug = z
  .string("Choose an address for the program")
  .trim()
  .min(1, "Choose an address for the program")
  .max(64, "Keep the address under 64 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes");

export const ZCreateProgramRequest = z.object({
  title: z
    .string("Give the program a title")
    .trim()
    .min(1, "Give the program a title")
    .max(120, "Keep the title under 120 characters"),
  slug: ZProgramSlug,
  /** Start from a copy of this program's draft (content only, no versions); a skeleton when absent. */
  copyFrom: ZProgramId.optional(),
});

export const ZPublishRequest = z.object({
  programId: ZProgramId,
  revision: ZRevision,
  changelog: z
    .string("Write one line about what changed")
    .trim()
    .min(1, "Write one line about what changed")
    .max(500, "Keep the changelog under 500 characters"),
});

// Responses -------------------------------------------------------------------------------

export const ZProblem = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

const ZChangeArea = z.enum([
  "program",
  "equipment",
  "phase",
  "session",
  "prescription",
  "exercise",
  "assessment",
  "screening-question",
]);

export const ZProgramChange = z.object({
  kind: z.enum(["added", "removed", "changed", "reordered"]),
  area: ZChangeArea,
  key: z.string(),
  label: z.string(),
  parent: z.object({ area: ZChangeArea, key: z.string(), label: z.string() }).optional(),
  summary: z.string(),
  fields: z
    .array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }))
    .optional(),
  item: z.unknown().optional(),
  order: z.object({ before: z.array(z.string()), after: z.array(z.string()) }).optional(),
});

const ZPerson = z.object({ id: z.string(), name: z.string().nullable(), email: z.string() });

const ZVersionSummary = z.object({
  version: z.number(),
  changelog: z.string(),
  publishedAt: z.date(),
  publishedBy: ZPerson.nullable(),
});

export const ZProgramStatus = z.enum(["never-published", "unpublished-changes", "published"]);

/** Set when the program is archived: off the storefront, not sold, not startable by newcomers. */
const ZArchived = z.object({ at: z.date(), by: ZPerson.nullable() }).nullable();

export const ZListProgramsResponse = z.array(
  z.object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    status: ZProgramStatus,
    draftRevision: z.number(),
    draftUpdatedAt: z.date(),
    latestVersion: z.object({ version: z.number(), publishedAt: z.date() }).nullable(),
    enrolled: z.number(),
    onOlderVersions: z.number(),
    /** Customers who may open it but have not started it (they keep that when it is archived). */
    notStarted: z.number(),
    archived: ZArchived,
  }),
);

export const ZGetProgramResponse = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  draft: z.unknown(),
  revision: z.number(),
  draftUpdatedAt: z.date(),
  draftUpdatedBy: ZPerson.nullable(),
  status: ZProgramStatus,
  archived: ZArchived,
  /** Customers enrolled (whatever their version): they keep going when the program is archived. */
  enrolled: z.number(),
  /** Customers who may open it but have not started it: they can still start it once archived. */
  notStarted: z.number(),
  problems: z.array(ZProblem),
  latestVersion: ZVersionSummary.nullable(),
  versions: z.array(ZVersionSummary),
  /** Phase and session keys of the latest version: renaming them strands enrolled customers. */
  publishedKeys: z.object({
    phases: z.array(z.string()),
    sessions: z.array(z.string()),
    assessments: z.array(z.string()),
    screeningQuestions: z.array(z.string()),
  }),
});

export const ZSaveDraftResponse = z.object({
  revision: z.number(),
  savedAt: z.date(),
  /** False when the draft was already exactly this: nothing was written. */
  changed: z.boolean(),
  problems: z.array(ZProblem),
});

const ZLabelledKey = z.object({ key: z.string(), label: z.string() });

/** One step of the player's timeline (`Step` in the domain); kind-specific fields are optional. */
const ZStep = z.object({
  kind: z.enum(["get-ready", "hold", "reps", "rest", "switch-side", "change-position"]),
  prescriptionId: z.string(),
  exerciseSlug: z.string(),
  exerciseName: z.string(),
  label: z.string(),
  estimatedSeconds: z.number(),
  seconds: z.number().optional(),
  count: z.number().optional(),
  side: z.enum(["left", "right", "none"]).optional(),
  setIndex: z.number().optional(),
  setTotal: z.number().optional(),
  setLabel: z.enum(["set", "cycle"]).optional(),
  position: ZLabelledKey.optional(),
  direction: ZLabelledKey.optional(),
  repIndex: z.number().optional(),
  repTotal: z.number().optional(),
  toSide: z.enum(["left", "right"]).optional(),
  toPosition: ZLabelledKey.optional(),
});

export const ZPreviewResponse = z.object({
  source: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("draft"), revision: z.number() }),
    z.object({ kind: z.literal("version"), version: z.number() }),
  ]),
  programTitle: z.string(),
  sessions: z.array(z.object({ key: z.string(), title: z.string() })),
  session: z.object({ key: z.string(), title: z.string(), summary: z.string().nullable() }),
  /** Problems that stop this session from expanding; empty when `steps` is the real thing. */
  problems: z.array(ZProblem),
  steps: z.array(ZStep),
  estimatedSeconds: z.number(),
  estimatedMinutes: z.number(),
});

export const ZDiffResponse = z.object({
  from: z.object({ version: z.number(), publishedAt: z.date() }).nullable(),
  revision: z.number(),
  changes: z.array(ZProgramChange),
  problems: z.array(ZProblem),
  nextVersion: z.number(),
});

export const ZPublishResponse = z.object({
  version: z.number(),
  versionId: z.string(),
  publishedAt: z.date(),
  revision: z.number(),
  changes: z.number(),
});

export const ZCreateProgramResponse = z.object({
  programId: z.string(),
  slug: z.string(),
  revision: z.number(),
  /** Problems of the new draft: a skeleton has some until its content is written. */
  problems: z.array(ZProblem),
});

export const ZArchiveProgramResponse = z.object({
  archived: ZArchived,
  /** Enrolled customers, who keep their access and progress either way. */
  enrolled: z.number(),
  /** Customers with access who have not started, who can still start it either way. */
  notStarted: z.number(),
});

export type TCreateProgramRequest = z.infer<typeof ZCreateProgramRequest>;
export type TGetProgramResponse = z.infer<typeof ZGetProgramResponse>;
export type TProgramChange = z.infer<typeof ZProgramChange>;
