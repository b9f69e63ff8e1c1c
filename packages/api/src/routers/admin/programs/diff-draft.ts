/**
 * programs.diff: what publishing the draft now would change for customers, compared with the
 * latest published version (or a chosen one), plus the problems that would block publishing.
 */
import { adminProcedure } from "../../../trpc";
import { diffPrograms } from "./diff-program";
import { checkDraft, loadDraft, loadVersion } from "./load-program";
import { ZDiffRequest, ZDiffResponse } from "./programs.types";

export const diffDraft = adminProcedure
  .input(ZDiffRequest)
  .output(ZDiffResponse)
  .query(async ({ ctx, input }) => {
    const [draft, latest, chosen] = await Promise.all([
      loadDraft(ctx.db, input.programId),
      loadVersion(ctx.db, input.programId),
      input.version === undefined ? undefined : loadVersion(ctx.db, input.programId, input.version),
    ]);
    const from = chosen ?? latest;
    return {
      from: from ? { version: from.version, publishedAt: from.publishedAt } : null,
      revision: draft.revision,
      changes: diffPrograms(from?.document ?? {}, draft.draft),
      problems: checkDraft(draft.draft, draft.slug).problems,
      nextVersion: (latest?.version ?? 0) + 1,
    };
  });
