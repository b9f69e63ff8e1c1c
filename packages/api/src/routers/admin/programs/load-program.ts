/**
 * Reads shared by the programs procedures: a program's draft with who last saved it, and its
 * published versions. Also the wording of a save conflict, so every refusal reads the same.
 */
import { and, desc, eq } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { Problem } from "@phasewise/domain";
import { programs, programVersions, users } from "@phasewise/db/schema";
import { validateProgram } from "@phasewise/domain";

import { AppError } from "../../../errors";

export async function loadDraft(db: Executor, programId: string) {
  const [row] = await db
    .select({
      id: programs.id,
      slug: programs.slug,
      title: programs.title,
      draft: programs.draft,
      revision: programs.draftRevision,
      draftUpdatedAt: programs.draftUpdatedAt,
      updatedById: users.id,
      updatedByName: users.name,
      updatedByEmail: users.email,
    })
    .from(programs)
    .leftJoin(users, eq(users.id, programs.draftUpdatedBy))
    .where(eq(programs.id, programId));
  if (!row) throw new AppError("NOT_FOUND", "That program does not exist.");
  return row;
}

export type LoadedDraft = Awaited<ReturnType<typeof loadDraft>>;

/** A published version: the given number, or the latest when none is given. */
export async function loadVersion(db: Executor, programId: string, version?: number) {
  const [row] = await db
    .select({
      id: programVersions.id,
      version: programVersions.version,
      document: programVersions.document,
      changelog: programVersions.changelog,
      publishedAt: programVersions.publishedAt,
    })
    .from(programVersions)
    .where(
      and(
        eq(programVersions.programId, programId),
        version === undefined ? undefined : eq(programVersions.version, version),
      ),
    )
    .orderBy(desc(programVersions.version))
    .limit(1);
  if (!row && version !== undefined) {
    throw new AppError("NOT_FOUND", `Version ${version} of this program does not exist.`);
  }
  return row;
}

/**
 * `validateProgram` plus what only the server knows: the slug is the program's identity in
 * URLs, enrolments and Stripe products, so a draft may not rename it.
 */
export function checkDraft(draft: unknown, slug: string) {
  const result = validateProgram(draft);
  const draftSlug = (draft as { slug?: unknown } | null)?.slug;
  const slugProblem: Problem[] =
    draftSlug === slug
      ? []
      : [{ path: ["slug"], message: `The slug is fixed once a program exists: keep "${slug}"` }];
  const problems = [...(result.ok ? [] : result.problems), ...slugProblem];
  return { problems, program: result.ok && problems.length === 0 ? result.program : undefined };
}

export function formatMoment(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "Ada Admin saved this draft at 2025-03-01 10:32 UTC — reload to see their changes." */
export function conflictMessage(current: LoadedDraft, viewerId: string, then = ""): string {
  const when = formatMoment(current.draftUpdatedAt);
  if (current.updatedById === viewerId) {
    return `You saved this draft from another tab or window at ${when} — reload to see those changes${then}.`;
  }
  const who = current.updatedByName ?? current.updatedByEmail ?? "Someone else";
  return `${who} saved this draft at ${when} — reload to see their changes${then}.`;
}

export function personOf(row: {
  updatedById: string | null;
  updatedByName: string | null;
  updatedByEmail: string | null;
}) {
  return row.updatedById && row.updatedByEmail
    ? { id: row.updatedById, name: row.updatedByName, email: row.updatedByEmail }
    : null;
}
