/**
 * enrollments.migrationPlan: for a published version, which enrolments on older versions can be
 * moved to it (and what the customer should know), and which cannot, with the reason.
 */
import { desc, eq } from "drizzle-orm";

import { programVersions } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import { ZMigrationPlanRequest, ZMigrationPlanResponse } from "./enrollments.types";
import { planMoves } from "./plan-moves";

/** Enough to pick from on one page; counts and groups always cover every enrolment. */
const listLimit = 500;

export const migrationPlan = adminProcedure
  .input(ZMigrationPlanRequest)
  .output(ZMigrationPlanResponse)
  .query(async ({ ctx, input }) => {
    const [moves, versions] = await Promise.all([
      planMoves(ctx.db, input),
      ctx.db
        .select({
          version: programVersions.version,
          changelog: programVersions.changelog,
          publishedAt: programVersions.publishedAt,
        })
        .from(programVersions)
        .where(eq(programVersions.programId, input.programId))
        .orderBy(desc(programVersions.version)),
    ]);
    const target = versions.find((version) => version.version === input.toVersion);
    if (!target) throw new Error("target version vanished");
    const groups = new Map<
      string,
      { fromVersion: number; phaseKey: string; count: number; ok: boolean; message: string | null }
    >();
    for (const move of moves) {
      const id = `${move.fromVersion}/${move.currentPhaseKey}`;
      const group = groups.get(id);
      if (group) group.count += 1;
      else
        groups.set(id, {
          fromVersion: move.fromVersion,
          phaseKey: move.currentPhaseKey,
          count: 1,
          ok: move.ok,
          message: move.message,
        });
    }
    const listed = [...moves.filter((move) => move.ok), ...moves.filter((move) => !move.ok)];
    const movable = moves.filter((move) => move.ok).length;
    return {
      to: target,
      latestVersion: versions[0]?.version ?? input.toVersion,
      versions: versions.map(({ version, changelog }) => ({ version, changelog })),
      total: moves.length,
      movable,
      blocked: moves.length - movable,
      groups: [...groups.values()],
      enrollments: listed.slice(0, listLimit),
      truncated: listed.length > listLimit,
    };
  });
