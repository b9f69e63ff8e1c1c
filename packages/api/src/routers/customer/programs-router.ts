/**
 * The catalog and program pages, readable by anyone. A signed-in visitor also learns whether they
 * can open the program and whether they are enrolled. An archived program is gone for everyone
 * except its enrolled customers, who still find it (marked archived) and reach their dashboard.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";

import { enrollments, programs, programVersions } from "@phasewise/db/schema";
import { findProgramAccess } from "@phasewise/domain";

import { loadProgramAccess } from "../../access/load-entitlements";
import { AppError } from "../../errors";
import { describeProgram } from "../../programs/describe-program";
import { loadLatestVersion, rememberDocument } from "../../programs/load-program-version";
import { publicProcedure } from "../../trpc";
import { isArchived, noLongerAvailableMessage, visibleInCatalog } from "./program-availability";

const slugInput = z.object({ slug: z.string().trim().min(1, "Choose a program").max(100) });

export const programsRouter = {
  list: publicProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectDistinctOn([programVersions.programId], {
        versionId: programVersions.id,
        version: programVersions.version,
        document: programVersions.document,
        archivedAt: programs.archivedAt,
      })
      .from(programVersions)
      .innerJoin(programs, eq(programs.id, programVersions.programId))
      .where(visibleInCatalog(ctx.session?.user.id))
      .orderBy(programVersions.programId, desc(programVersions.version));
    return rows.map((row) => ({
      ...describeProgram(rememberDocument(row.versionId, row.document), row.version),
      archived: row.archivedAt !== null,
    }));
  }),

  get: publicProcedure.input(slugInput).query(async ({ ctx, input }) => {
    const latest = await loadLatestVersion(ctx.db, input.slug);
    if (!latest) throw new AppError("NOT_FOUND", "That program does not exist.");
    const user = ctx.session?.user;
    const [archived, access, enrolled] = await Promise.all([
      isArchived(ctx.db, latest.programId),
      user ? loadProgramAccess(ctx.db, user.id, input.slug) : undefined,
      user
        ? ctx.db
            .select({ id: enrollments.id })
            .from(enrollments)
            .where(
              and(eq(enrollments.userId, user.id), eq(enrollments.programId, latest.programId)),
            )
        : [],
    ]);
    if (archived && enrolled.length === 0)
      throw new AppError("NOT_FOUND", noLongerAvailableMessage);
    const description = { ...describeProgram(latest.document, latest.version), archived };
    if (!user || !access)
      return { ...description, viewer: { signedIn: false, hasAccess: false, enrolled: false } };
    const entitlement = findProgramAccess(access.entitlements, latest.programId);
    return {
      ...description,
      viewer: { signedIn: true, hasAccess: !!entitlement, enrolled: enrolled.length > 0 },
    };
  }),
} satisfies TRPCRouterRecord;
