/**
 * Admin: program content. List and create programs, edit a draft (optimistic concurrency),
 * preview a session as the player runs it, diff the draft against a published version,
 * publish, and archive (or unarchive) a program.
 */
import type { TRPCRouterRecord } from "@trpc/server";

import { archiveProgram } from "./archive-program";
import { createProgram } from "./create-program";
import { diffDraft } from "./diff-draft";
import { getProgram } from "./get-program";
import { listPrograms } from "./list-programs";
import { previewSession } from "./preview-session";
import { publishVersion } from "./publish-version";
import { saveDraft } from "./save-draft";
import { unarchiveProgram } from "./unarchive-program";

export const programsRouter = {
  list: listPrograms,
  get: getProgram,
  create: createProgram,
  saveDraft,
  preview: previewSession,
  diff: diffDraft,
  publish: publishVersion,
  archive: archiveProgram,
  unarchive: unarchiveProgram,
} satisfies TRPCRouterRecord;
