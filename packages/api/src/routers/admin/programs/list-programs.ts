/**
 * programs.list: every program with its status (draft equal to the latest published version or
 * not — compared as jsonb in SQL), its latest version, and how many customers are enrolled and
 * how many of them sit on an older version, how many more may open it without having started,
 * and whether it is archived (and by whom), filtered by `show`. Three queries whatever the number
 * of programs.
 */
import { count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";

import { enrollments, programs, programVersions, users } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import { countWithAccessNotStarted } from "./count-customers-with-access";
import { personOf } from "./load-program";
import { ZListProgramsRequest, ZListProgramsResponse } from "./programs.types";

const showFilter = {
  all: undefined,
  active: isNull(programs.archivedAt),
  archived: isNotNull(programs.archivedAt),
};

export const listPrograms = adminProcedure
  .input(ZListProgramsRequest)
  .output(ZListProgramsResponse)
  .query(async ({ ctx, input }) => {
    const latest = ctx.db
      .select({
        version: programVersions.version,
        publishedAt: programVersions.publishedAt,
        sameAsDraft: sql<boolean>`${programVersions.document} = ${programs.draft}`.as(
          "same_as_draft",
        ),
      })
      .from(programVersions)
      .where(eq(programVersions.programId, programs.id))
      .orderBy(desc(programVersions.version))
      .limit(1)
      .as("latest");
    const [rows, enrolledByVersion] = await Promise.all([
      ctx.db
        .select({
          id: programs.id,
          slug: programs.slug,
          title: programs.title,
          draftRevision: programs.draftRevision,
          draftUpdatedAt: programs.draftUpdatedAt,
          version: latest.version,
          publishedAt: latest.publishedAt,
          sameAsDraft: latest.sameAsDraft,
          archivedAt: programs.archivedAt,
          updatedById: users.id,
          updatedByName: users.name,
          updatedByEmail: users.email,
        })
        .from(programs)
        .leftJoinLateral(latest, sql`true`)
        .leftJoin(users, eq(users.id, programs.archivedBy))
        .where(showFilter[input?.show ?? "all"])
        .orderBy(programs.title),
      ctx.db
        .select({
          programId: enrollments.programId,
          version: programVersions.version,
          count: count(),
        })
        .from(enrollments)
        .innerJoin(programVersions, eq(programVersions.id, enrollments.programVersionId))
        .groupBy(enrollments.programId, programVersions.version),
    ]);
    const notStarted = await countWithAccessNotStarted(
      ctx.db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => {
      const enrolled = enrolledByVersion.filter((group) => group.programId === row.id);
      const latestVersion =
        row.version !== null && row.publishedAt !== null
          ? { version: row.version, publishedAt: row.publishedAt }
          : null;
      return {
        id: row.id,
        slug: row.slug,
        title: row.title,
        status: !latestVersion
          ? ("never-published" as const)
          : row.sameAsDraft
            ? ("published" as const)
            : ("unpublished-changes" as const),
        draftRevision: row.draftRevision,
        draftUpdatedAt: row.draftUpdatedAt,
        latestVersion,
        enrolled: enrolled.reduce((total, group) => total + group.count, 0),
        onOlderVersions: enrolled
          .filter((group) => latestVersion && group.version < latestVersion.version)
          .reduce((total, group) => total + group.count, 0),
        notStarted: notStarted.get(row.id) ?? 0,
        archived: row.archivedAt ? { at: row.archivedAt, by: personOf(row) } : null,
      };
    });
  });
