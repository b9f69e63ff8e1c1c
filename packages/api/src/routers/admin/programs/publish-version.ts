/**
 * programs.publish: freezes the draft into the next immutable version, in one transaction with
 * its audit entry. Refused when the draft has problems (they come back per field), when it has
 * changed since the admin reviewed the diff (revision), or when nothing changed at all.
 * Enrolments stay on their versions; moving them is `enrollments.migrate`.
 */
import { eq, sql } from "drizzle-orm";

import { programs, programVersions } from "@phasewise/db/schema";

import { writeAuditEntry } from "../../../audit/write-audit-entry";
import { AppError } from "../../../errors";
import { problemsToFieldErrors } from "../../../progress/problems-to-field-errors";
import { adminProcedure } from "../../../trpc";
import { diffPrograms, isDeepEqual } from "./diff-program";
import { checkDraft, conflictMessage, loadDraft, loadVersion } from "./load-program";
import { ZPublishRequest, ZPublishResponse } from "./programs.types";

export const publishVersion = adminProcedure
  .input(ZPublishRequest)
  .output(ZPublishResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      // The row lock orders concurrent publishes and saves of this program.
      const [locked] = await tx
        .select({ id: programs.id })
        .from(programs)
        .where(eq(programs.id, input.programId))
        .for("update");
      if (!locked) throw new AppError("NOT_FOUND", "That program does not exist.");
      const draft = await loadDraft(tx, input.programId);
      if (draft.revision !== input.revision) {
        throw new AppError(
          "CONFLICT",
          conflictMessage(draft, ctx.user.id, " and review the diff again before publishing"),
        );
      }
      const { problems, program } = checkDraft(draft.draft, draft.slug);
      if (!program) {
        throw new AppError(
          "BAD_REQUEST",
          `The draft has ${problems.length} ${problems.length === 1 ? "problem" : "problems"}; fix ${problems.length === 1 ? "it" : "them"} before publishing.`,
          problemsToFieldErrors("draft", problems),
        );
      }
      const latest = await loadVersion(tx, input.programId);
      if (latest && isDeepEqual(latest.document, program)) {
        throw new AppError(
          "PRECONDITION_FAILED",
          `Nothing has changed since version ${latest.version}; there is nothing to publish.`,
        );
      }
      const version = (latest?.version ?? 0) + 1;
      const [published] = await tx
        .insert(programVersions)
        .values({
          programId: input.programId,
          version,
          document: program,
          changelog: input.changelog,
          publishedBy: ctx.user.id,
        })
        .returning({ id: programVersions.id, publishedAt: programVersions.publishedAt });
      if (!published) throw new Error("The new version was not stored");

      // Parsing trims text; keep the draft identical to what was published so it reads "published".
      const normalised = !isDeepEqual(draft.draft, program);
      const [after] = await tx
        .update(programs)
        .set({
          title: program.title,
          ...(normalised
            ? {
                draft: program,
                draftRevision: sql`${programs.draftRevision} + 1`,
                draftUpdatedAt: new Date(),
                draftUpdatedBy: ctx.user.id,
              }
            : {}),
        })
        .where(eq(programs.id, input.programId))
        .returning({ revision: programs.draftRevision });

      const changes = diffPrograms(latest?.document ?? {}, program);
      await writeAuditEntry(tx, {
        actorId: ctx.user.id,
        action: "program.publish",
        targetType: "program",
        targetId: input.programId,
        before: { version: latest?.version ?? null },
        after: { version, versionId: published.id, changelog: input.changelog, changes },
      });
      return {
        version,
        versionId: published.id,
        publishedAt: published.publishedAt,
        revision: after?.revision ?? draft.revision,
        changes: changes.length,
      };
    }),
  );
