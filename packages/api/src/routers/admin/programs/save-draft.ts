/**
 * programs.saveDraft: stores the editor's working copy with optimistic concurrency. The UPDATE
 * only matches the revision the editor last saw and bumps it, so when two admins edit one draft
 * the second save is refused with who saved first and when — never silently overwritten. A draft
 * with problems saves (and reports them); only publishing requires a valid program.
 *
 * The editor autosaves every few seconds, so saves are audited in bursts: see `auditDraftSave`.
 */
import { and, eq, sql } from "drizzle-orm";

import { programs } from "@phasewise/db/schema";

import { AppError } from "../../../errors";
import { adminProcedure } from "../../../trpc";
import { auditDraftSave } from "./audit-draft-save";
import { diffPrograms, isDeepEqual } from "./diff-program";
import { checkDraft, conflictMessage, loadDraft } from "./load-program";
import { ZSaveDraftRequest, ZSaveDraftResponse } from "./programs.types";

export const saveDraft = adminProcedure
  .input(ZSaveDraftRequest)
  .output(ZSaveDraftResponse)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const [current] = await tx
        .select({
          slug: programs.slug,
          draft: programs.draft,
          revision: programs.draftRevision,
          draftUpdatedAt: programs.draftUpdatedAt,
        })
        .from(programs)
        .where(eq(programs.id, input.programId))
        .for("update");
      if (!current) throw new AppError("NOT_FOUND", "That program does not exist.");
      const refuse = async () => {
        const latest = await loadDraft(tx, input.programId);
        return new AppError("CONFLICT", conflictMessage(latest, ctx.user.id), {
          revision: [`You edited revision ${input.revision}; the latest is ${latest.revision}.`],
        });
      };
      if (current.revision !== input.revision) throw await refuse();

      const { problems } = checkDraft(input.draft, current.slug);
      if (isDeepEqual(current.draft, input.draft)) {
        return {
          revision: current.revision,
          savedAt: current.draftUpdatedAt,
          changed: false,
          problems,
        };
      }
      const [saved] = await tx
        .update(programs)
        .set({
          draft: input.draft,
          draftRevision: sql`${programs.draftRevision} + 1`,
          draftUpdatedAt: new Date(),
          draftUpdatedBy: ctx.user.id,
        })
        .where(and(eq(programs.id, input.programId), eq(programs.draftRevision, input.revision)))
        .returning({ revision: programs.draftRevision, savedAt: programs.draftUpdatedAt });
      if (!saved) throw await refuse();

      await auditDraftSave(tx, {
        actorId: ctx.user.id,
        programId: input.programId,
        fromRevision: current.revision,
        toRevision: saved.revision,
        problems: problems.length,
        changes: diffPrograms(current.draft, input.draft),
      });
      return { ...saved, changed: true, problems };
    }),
  );
