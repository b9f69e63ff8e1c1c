import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { kneePainSolution } from "@phasewise/domain";

import { seedProgram } from "../seed/seed-programs";
import { createTestUser, useTestDb } from "../testing";
import { programVersions, users } from "./index";

const db = useTestDb();

/** The database's own words: drizzle wraps the driver's error in "Failed query: …". */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!error) return "no error";
  let deepest: unknown = error;
  while (deepest instanceof Error && deepest.cause) deepest = deepest.cause;
  return deepest instanceof Error ? deepest.message : "not an Error";
}

async function publishedVersion(publishedBy?: string) {
  const slug = `immutable-${randomUUID().slice(0, 8)}`;
  const programId = await seedProgram(
    db,
    { ...structuredClone(kneePainSolution), slug },
    publishedBy,
  );
  const [version] = await db
    .select()
    .from(programVersions)
    .where(eq(programVersions.programId, programId));
  if (!version) throw new Error("the seed publishes version 1");
  return version;
}

describe("program_versions are immutable once published", () => {
  it("refuses to change what was published, naming the version", async () => {
    const version = await publishedVersion();
    const changes = [
      { document: { ...kneePainSolution, title: "Rewritten history" } },
      { changelog: "Something else" },
      { version: 7 },
      { publishedAt: new Date(0) },
    ];
    for (const change of changes) {
      expect(
        await refusal(
          db.update(programVersions).set(change).where(eq(programVersions.id, version.id)),
        ),
      ).toBe(
        `Program versions are immutable: version 1 of program ${version.programId} cannot be changed`,
      );
    }
    const [after] = await db
      .select()
      .from(programVersions)
      .where(eq(programVersions.id, version.id));
    expect(after).toEqual(version);
  });

  it("refuses to delete a version", async () => {
    const version = await publishedVersion();
    expect(
      await refusal(db.delete(programVersions).where(eq(programVersions.id, version.id))),
    ).toBe(
      `Program versions are immutable: version 1 of program ${version.programId} cannot be deleted`,
    );
    // Raw SQL is refused the same way: the rule lives in the database, not in our code.
    expect(
      await refusal(db.execute(sql`delete from program_versions where id = ${version.id}`)),
    ).toMatch(/cannot be deleted$/);
    expect(
      await db.select().from(programVersions).where(eq(programVersions.id, version.id)),
    ).toHaveLength(1);
  });

  it("still lets the publisher be deleted: published_by becomes null", async () => {
    const admin = await createTestUser(db, { role: "admin" });
    const version = await publishedVersion(admin.id);
    expect(version.publishedBy).toBe(admin.id);
    await db.delete(users).where(eq(users.id, admin.id));
    const [after] = await db
      .select()
      .from(programVersions)
      .where(eq(programVersions.id, version.id));
    expect(after).toEqual({ ...version, publishedBy: null });
  });
});
