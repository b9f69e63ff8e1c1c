/**
 * programs.get: the draft to edit, its revision and problems, the published versions, and
 * whether the program is archived (with how many customers are enrolled).
 */
import { desc, eq } from "drizzle-orm";

import { programVersions, users } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import { isDeepEqual } from "./diff-program";
import { checkDraft, loadDraft, loadVersion, personOf } from "./load-program";
import { loadArchiveState } from "./program-archive";
import { ZGetProgramRequest, ZGetProgramResponse } from "./programs.types";

function keysOf(
  document: unknown,
  list: "phases" | "sessions" | "assessments" | "screeningQuestions",
): string[] {
  const items = (document as Record<string, unknown> | undefined)?.[list];
  return Array.isArray(items)
    ? items.flatMap((item: { key?: unknown } | null) =>
        typeof item?.key === "string" ? [item.key] : [],
      )
    : [];
}

export const getProgram = adminProcedure
  .input(ZGetProgramRequest)
  .output(ZGetProgramResponse)
  .query(async ({ ctx, input }) => {
    const [draft, archive, latestVersion, versionRows] = await Promise.all([
      loadDraft(ctx.db, input.programId),
      loadArchiveState(ctx.db, input.programId),
      loadVersion(ctx.db, input.programId),
      ctx.db
        .select({
          version: programVersions.version,
          changelog: programVersions.changelog,
          publishedAt: programVersions.publishedAt,
          updatedById: users.id,
          updatedByName: users.name,
          updatedByEmail: users.email,
        })
        .from(programVersions)
        .leftJoin(users, eq(users.id, programVersions.publishedBy))
        .where(eq(programVersions.programId, input.programId))
        .orderBy(desc(programVersions.version)),
    ]);
    const versions = versionRows.map((row) => ({
      version: row.version,
      changelog: row.changelog,
      publishedAt: row.publishedAt,
      publishedBy: personOf(row),
    }));
    return {
      id: draft.id,
      slug: draft.slug,
      title: draft.title,
      draft: draft.draft,
      revision: draft.revision,
      draftUpdatedAt: draft.draftUpdatedAt,
      draftUpdatedBy: personOf(draft),
      status: !latestVersion
        ? ("never-published" as const)
        : isDeepEqual(latestVersion.document, draft.draft)
          ? ("published" as const)
          : ("unpublished-changes" as const),
      archived: archive.archived,
      enrolled: archive.enrolled,
      notStarted: archive.notStarted,
      problems: checkDraft(draft.draft, draft.slug).problems,
      latestVersion: versions[0] ?? null,
      versions,
      publishedKeys: {
        phases: keysOf(latestVersion?.document, "phases"),
        sessions: keysOf(latestVersion?.document, "sessions"),
        assessments: keysOf(latestVersion?.document, "assessments"),
        screeningQuestions: keysOf(latestVersion?.document, "screeningQuestions"),
      },
    };
  });
