/**
 * Test helpers for the admin routers: a program of one's own (so test files never publish over
 * each other), admins, and a customer enrolled on the program's current version.
 */
import { randomUUID } from "node:crypto";

import type { Database } from "@phasewise/db/client";
import type { ProgramDocument } from "@phasewise/domain";
import { seedProgram } from "@phasewise/db";
import { accessGrants } from "@phasewise/db/schema";
import { createTestUser } from "@phasewise/db/testing";
import { kneePainSolution } from "@phasewise/domain";

import { adminCaller, customerCaller } from "../../testing/callers";
import { allNoAnswers, baselineInput } from "../../testing/journey";

/** A copy of the Knee Pain Solution under a unique slug, published as version 1. */
export async function createProgram(db: Database, overrides: Partial<ProgramDocument> = {}) {
  const tag = randomUUID().slice(0, 8);
  const document: ProgramDocument = {
    ...structuredClone(kneePainSolution),
    slug: `knee-${tag}`,
    title: `Knee ${tag}`,
    ...overrides,
  };
  const programId = await seedProgram(db, document);
  return { programId, document, slug: document.slug };
}

export async function createAdmin(db: Database, name?: string) {
  const user = await createTestUser(db, { role: "admin", name });
  return { user, caller: adminCaller(db, user) };
}

export async function enrolCustomer(db: Database, program: { programId: string; slug: string }) {
  const user = await createTestUser(db);
  await db
    .insert(accessGrants)
    .values({ userId: user.id, programId: program.programId, reason: "test" });
  const caller = customerCaller(db, user);
  const started = await caller.enrollment.start({
    programSlug: program.slug,
    answers: allNoAnswers(),
    baseline: baselineInput(),
  });
  return { user, caller, enrollmentId: started.enrollmentId };
}

/** The draft as the editor would hold it: a structured copy to change freely. */
export async function loadEditableDraft(caller: ReturnType<typeof adminCaller>, programId: string) {
  const program = await caller.programs.get({ programId });
  return { revision: program.revision, draft: structuredClone(program.draft) as ProgramDocument };
}
