/**
 * Seeds the benchmark's data set into a migrated database: the Knee Pain Solution, then N
 * customers, each with an access grant, an enrolment in phase "restore" of version 1 (with its
 * phase-progress row, as `enrollment.start` writes it), a baseline check-in and a history of
 * session logs. Multi-row INSERTs in batches, in one transaction.
 */
import { and, eq } from "drizzle-orm";

import type { Database, Executor } from "@phasewise/db/client";
import type { User } from "@phasewise/db/schema";
import { seedKneePainSolution } from "@phasewise/db";
import {
  accessGrants,
  assessmentResults,
  enrollments,
  phaseProgress,
  programVersions,
  sessionLogs,
  users,
} from "@phasewise/db/schema";
import { kneePainSolution } from "@phasewise/domain";

import { buildBaseline } from "./build-baseline";
import { buildHistory, createLogPlanner, createRandom } from "./build-session-logs";
import { toSessionLogRow } from "./to-session-log-row";

const DAY_MS = 86_400_000;

export interface SeedCustomersOptions {
  customers: number;
  logsPerCustomer: number;
  historyWeeks: number;
  batchSize: number;
}

export interface SeededCustomer {
  user: User;
  enrollmentId: string;
}

export interface SeedResult {
  programId: string;
  customers: SeededCustomer[];
  rows: { users: number; enrollments: number; assessments: number; logs: number };
}

async function insertInBatches<Row>(
  rows: readonly Row[],
  batchSize: number,
  insert: (batch: Row[]) => Promise<unknown>,
) {
  for (let start = 0; start < rows.length; start += batchSize) {
    await insert(rows.slice(start, start + batchSize));
  }
}

export function seedCustomers(db: Database, options: SeedCustomersOptions): Promise<SeedResult> {
  return db.transaction((tx) => seedInto(tx, options));
}

async function seedInto(tx: Executor, options: SeedCustomersOptions): Promise<SeedResult> {
  const document = kneePainSolution;
  const firstPhase = document.phases[0];
  if (!firstPhase) throw new Error(`${document.slug} has no phases`);
  const programId = await seedKneePainSolution(tx);
  const [version] = await tx
    .select({ id: programVersions.id })
    .from(programVersions)
    .where(and(eq(programVersions.programId, programId), eq(programVersions.version, 1)));
  if (!version) throw new Error("The seeded program has no version 1");

  const now = new Date();
  const startedAt = new Date(now.getTime() - (options.historyWeeks * 7 + 1) * DAY_MS);
  const width = String(options.customers).length;
  const tag = (index: number) => String(index + 1).padStart(width, "0");

  const insertedUsers: User[] = [];
  const userRows = Array.from({ length: options.customers }, (_, index) => ({
    email: `bench-${tag(index)}@bench.phasewise.local`,
    name: `Bench Customer ${tag(index)}`,
    emailVerified: startedAt,
  }));
  await insertInBatches(userRows, options.batchSize, async (batch) => {
    insertedUsers.push(...(await tx.insert(users).values(batch).returning()));
  });

  await insertInBatches(insertedUsers, options.batchSize, (batch) =>
    tx
      .insert(accessGrants)
      .values(batch.map((user) => ({ userId: user.id, programId, reason: "Benchmark" })))
      .then(() => undefined),
  );

  const answers = Object.fromEntries(
    document.screeningQuestions.map((question) => [question.key, false]),
  );
  const enrollmentIds = new Map<string, string>();
  await insertInBatches(insertedUsers, options.batchSize, async (batch) => {
    const rows = await tx
      .insert(enrollments)
      .values(
        batch.map((user) => ({
          userId: user.id,
          programId,
          programVersionId: version.id,
          currentPhaseKey: firstPhase.key,
          screening: { answers, redFlags: [], acknowledgedRedFlags: false },
          startedAt,
        })),
      )
      .returning({ id: enrollments.id, userId: enrollments.userId });
    for (const row of rows) enrollmentIds.set(row.userId, row.id);
  });
  const customers = insertedUsers.map((user) => {
    const enrollmentId = enrollmentIds.get(user.id);
    if (!enrollmentId) throw new Error(`No enrolment was created for ${user.email}`);
    return { user, enrollmentId };
  });

  await insertInBatches(customers, options.batchSize, (batch) =>
    tx.insert(phaseProgress).values(
      batch.map(({ user, enrollmentId }) => ({
        enrollmentId,
        userId: user.id,
        phaseKey: firstPhase.key,
        startedAt,
      })),
    ),
  );

  await insertInBatches(customers, options.batchSize, (batch) =>
    tx.insert(assessmentResults).values(
      batch.map(({ user, enrollmentId }, index) => {
        const baseline = buildBaseline(document, startedAt, createRandom(index + 1));
        return {
          clientId: baseline.clientId,
          userId: user.id,
          enrollmentId,
          assessmentKey: baseline.assessmentKey,
          phaseKey: null,
          values: baseline.values,
          takenAt: new Date(baseline.takenAt),
        };
      }),
    ),
  );

  const planner = createLogPlanner(document, firstPhase.key);
  const logRows = customers.flatMap(({ user, enrollmentId }, index) =>
    buildHistory(planner, firstPhase.sessionKeys, {
      count: options.logsPerCustomer,
      weeks: options.historyWeeks,
      now,
      seed: index + 1,
    }).map((log) => toSessionLogRow(log, user.id, enrollmentId)),
  );
  await insertInBatches(logRows, options.batchSize, (batch) =>
    tx.insert(sessionLogs).values(batch),
  );

  return {
    programId,
    customers,
    rows: {
      users: insertedUsers.length,
      enrollments: customers.length,
      assessments: customers.length,
      logs: logRows.length,
    },
  };
}
