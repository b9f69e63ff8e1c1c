/**
 * Program versions are immutable once published, so their parsed documents are cached in memory
 * by version id: a dashboard or session load never re-reads and re-parses the whole program.
 */
import { and, desc, eq } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import type { ProgramDocument } from "@phasewise/domain";
import { programs, programVersions } from "@phasewise/db/schema";
import { programDocumentSchema } from "@phasewise/domain";

const cache = new Map<string, ProgramDocument>();
const cacheLimit = 50;

export function rememberDocument(versionId: string, document: unknown): ProgramDocument {
  const cached = cache.get(versionId);
  if (cached) return cached;
  const parsed = programDocumentSchema.parse(document);
  if (cache.size >= cacheLimit) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(versionId, parsed);
  return parsed;
}

/** The latest published version of a program, by slug. */
export async function loadLatestVersion(db: Executor, slug: string) {
  const [row] = await db
    .select({
      programId: programs.id,
      versionId: programVersions.id,
      version: programVersions.version,
      document: programVersions.document,
      publishedAt: programVersions.publishedAt,
    })
    .from(programVersions)
    .innerJoin(programs, eq(programs.id, programVersions.programId))
    .where(and(eq(programs.slug, slug)))
    .orderBy(desc(programVersions.version))
    .limit(1);
  if (!row) return undefined;
  return { ...row, document: rememberDocument(row.versionId, row.document) };
}
