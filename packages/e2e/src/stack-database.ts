/**
 * Direct access to the stack's database for arranging test data (a customer with access, time
 * passing in a phase) — what an admin or the calendar would do, never what the test asserts.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";

import type { Database } from "@phasewise/db";
import {
  accessGrants,
  createDb,
  enrollments,
  phaseProgress,
  programs,
  sessionLogs,
  users,
} from "@phasewise/db";

import { stackPorts } from "./stack-ports";

let db: Database | undefined;

export async function stackDb(): Promise<Database> {
  if (db) return db;
  const response = await fetch(`http://localhost:${stackPorts.ready}`);
  const { databaseUrl } = (await response.json()) as { databaseUrl: string };
  db = createDb(databaseUrl, { maxConnections: 2 });
  return db;
}

export async function createCustomer(options: { withAccess: boolean; name?: string }) {
  const database = await stackDb();
  const tag = randomUUID().slice(0, 8);
  const [user] = await database
    .insert(users)
    .values({ email: `customer-${tag}@e2e.phasewise.local`, name: options.name ?? `Casey ${tag}` })
    .returning();
  if (!user) throw new Error("could not create a customer");
  if (options.withAccess) {
    const [program] = await database
      .select({ id: programs.id })
      .from(programs)
      .where(eq(programs.slug, "knee-pain-solution"));
    if (!program) throw new Error("the seeded program is missing");
    await database
      .insert(accessGrants)
      .values({ userId: user.id, programId: program.id, reason: "e2e" });
  }
  return user;
}

/** As if `days` had passed since the customer's current phase began. */
export async function backdateCurrentPhase(userId: string, days: number) {
  const database = await stackDb();
  const [enrollment] = await database
    .select()
    .from(enrollments)
    .where(eq(enrollments.userId, userId));
  if (!enrollment) throw new Error("no enrolment to backdate");
  await database
    .update(phaseProgress)
    .set({ startedAt: new Date(Date.now() - days * 86_400_000) })
    .where(
      and(
        eq(phaseProgress.enrollmentId, enrollment.id),
        eq(phaseProgress.phaseKey, enrollment.currentPhaseKey),
      ),
    );
  return enrollment;
}

/** Adds calm, completed sessions to the customer's current phase, as if done on earlier days. */
export async function addPastSessions(userId: string, count: number) {
  const database = await stackDb();
  const [enrollment] = await database
    .select()
    .from(enrollments)
    .where(eq(enrollments.userId, userId));
  if (!enrollment) throw new Error("no enrolment to add sessions to");
  await database.insert(sessionLogs).values(
    Array.from({ length: count }, (_, index) => {
      const endedAt = new Date(Date.now() - (count - index) * 2 * 86_400_000);
      return {
        clientId: randomUUID(),
        userId,
        enrollmentId: enrollment.id,
        phaseKey: enrollment.currentPhaseKey,
        sessionKey: index % 2 ? "restore-b" : "restore-a",
        completed: true,
        entries: [],
        painBefore: 2,
        painDuring: 1,
        painAfter: 1,
        difficulty: 3,
        startedAt: new Date(endedAt.getTime() - 15 * 60_000),
        endedAt,
      };
    }),
  );
}
