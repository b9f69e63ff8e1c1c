/**
 * The catalog and program pages, readable by anyone. A signed-in visitor also learns whether they
 * can open the program and whether they are enrolled. An archived program is gone for newcomers;
 * customers who already have access to it (enrolled or not yet started) still find it, marked
 * archived, and can open and start it.
 */
import type { TRPCRouterRecord } from "@trpc/server";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";

import { enrollments, programs, programVersions } from "@phasewise/db/schema";
import { findProgramAccess } from "@phasewise/domain";

import { loadProgramAccess } from "../../access/load-entitlements";
import { AppError } from "../../errors";
import { describeProgram } from "../../programs/describe-program";
import { loadLatestVersion, rememberDocument } from "../../programs/load-program-version";
import { publicProcedure } from "../../trpc";
import {
  availableTo,
  enrolledIn,
  isArchived,
  noLongerAvailableMessage,
} from "./program-availability";

const slugInput = z.object({ slug: z.string().trim().min(1, "Choose a program").max(100) });

export const programsRouter = {
  list: publicProcedure.query(async ({ ctx }) => {
    const userId = ctx.session?.user.id;
    const [rows, access] = await Promise.all([
      ctx.db
        .selectDistinctOn([programVersions.programId], {
          programId: programVersions.programId,
          versionId: programVersions.id,
          version: programVersions.version,
          document: programVersions.document,
          archivedAt: programs.archivedAt,
          enrolled: userId ? enrolledIn(userId) : sql<boolean>`false`,
        })
        .from(programVersions)
        .innerJoin(programs, eq(programs.id, programVersions.programId))
        // Anonymous visitors never see archived programs; for a customer, access decides below.
        .where(userId ? undefined : isNull(programs.archivedAt))
        .orderBy(programVersions.programId, desc(programVersions.version)),
      userId ? loadProgramAccess(ctx.db, userId, null) : undefined,
    ]);
    return rows
      .filter((row) =>
        availableTo(
          { id: row.programId, archived: row.archivedAt !== null },
          access && { enrolled: row.enrolled, entitlements: access.entitlements },
        ),
      )
      .map((row) => ({
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
    const viewer = access && { enrolled: enrolled.length > 0, entitlements: access.entitlements };
    if (!availableTo({ id: latest.programId, archived }, viewer))
      throw new AppError("NOT_FOUND", noLongerAvailableMessage);
    const description = { ...describeProgram(latest.document, latest.version), archived };
    if (!viewer)
      return { ...description, viewer: { signedIn: false, hasAccess: false, enrolled: false } };
    const entitlement = findProgramAccess(viewer.entitlements, latest.programId);
    return {
      ...description,
      viewer: { signedIn: true, hasAccess: !!entitlement, enrolled: viewer.enrolled },
    };
  }),
} satisfies TRPCRouterRecord;
