/**
 * exercises.usage: where a library exercise is used — program drafts (which sessions, and
 * whether the draft's copy still matches the library) and published versions. Two queries.
 */
import { and, desc, eq, or } from "drizzle-orm";
import { z } from "zod";

import { exercises, programs, programVersions } from "@phasewise/db/schema";

import { adminProcedure } from "../../../trpc";
import { isDeepEqual } from "../programs/diff-program";
import { ZExerciseSlugRequest, ZUsageResponse } from "./exercises.types";
import { carriesExercise, exerciseCopy, prescribesExercise, sessionsPrescribing } from "./jsonpath";

const keys = z
  .array(z.unknown())
  .transform((items) => items.filter((item) => typeof item === "string"));

export const exerciseUsage = adminProcedure
  .input(ZExerciseSlugRequest)
  .output(ZUsageResponse)
  .query(async ({ ctx, input }) => {
    const { slug } = input;
    const [drafts, versions, library] = await Promise.all([
      ctx.db
        .select({
          programId: programs.id,
          slug: programs.slug,
          title: programs.title,
          sessionKeys: sessionsPrescribing(programs.draft, slug),
          inProgram: carriesExercise(programs.draft, slug),
          copy: exerciseCopy(programs.draft, slug),
        })
        .from(programs)
        .where(or(carriesExercise(programs.draft, slug), prescribesExercise(programs.draft, slug)))
        .orderBy(programs.title),
      ctx.db
        .select({
          programId: programs.id,
          slug: programs.slug,
          title: programs.title,
          version: programVersions.version,
          sessionKeys: sessionsPrescribing(programVersions.document, slug),
        })
        .from(programVersions)
        .innerJoin(programs, eq(programs.id, programVersions.programId))
        .where(
          and(
            or(
              carriesExercise(programVersions.document, slug),
              prescribesExercise(programVersions.document, slug),
            ),
          ),
        )
        .orderBy(programs.title, desc(programVersions.version)),
      ctx.db
        .select({ document: exercises.document })
        .from(exercises)
        .where(eq(exercises.slug, slug)),
    ]);
    const libraryCopy = library[0]?.document;
    return {
      drafts: drafts.map(({ copy, ...draft }) => ({
        ...draft,
        sessionKeys: keys.parse(draft.sessionKeys),
        matchesLibrary: libraryCopy !== undefined && isDeepEqual(copy, libraryCopy),
      })),
      versions: versions.map((version) => ({
        ...version,
        sessionKeys: keys.parse(version.sessionKeys),
      })),
    };
  });
