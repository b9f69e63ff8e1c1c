/**
 * Arranges what the admin end-to-end tests need, straight in the stack's database the way a
 * seed would: a program of the test's own (a copy of the Knee Pain Solution under a unique slug
 * and title, published as version 1, so publishing it never changes what other tests see) and a
 * customer enrolled on that version.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";

import {
  accessGrants,
  enrollments,
  exercises,
  phaseProgress,
  programVersions,
  seedProgram,
  users,
} from "@phasewise/db";
import { kneePainSolution } from "@phasewise/domain";

import { stackDb } from "../stack-database";

export async function createScratchProgram() {
  const database = await stackDb();
  const tag = randomUUID().slice(0, 8);
  const document = {
    ...structuredClone(kneePainSolution),
    slug: `hip-lab-${tag}`,
    title: `Hip Lab ${tag}`,
  };
  const programId = await seedProgram(database, document);
  return { programId, slug: document.slug, title: document.title, document };
}

/** A customer with access to the program, enrolled on version 1 in its first phase. */
export async function enrolCustomerOnVersionOne(program: {
  programId: string;
  document: typeof kneePainSolution;
}) {
  const database = await stackDb();
  const tag = randomUUID().slice(0, 8);
  const [user] = await database
    .insert(users)
    .values({ email: `learner-${tag}@e2e.phasewise.local`, name: `Lee Learner ${tag}` })
    .returning();
  const [version] = await database
    .select({ id: programVersions.id })
    .from(programVersions)
    .where(and(eq(programVersions.programId, program.programId), eq(programVersions.version, 1)));
  const firstPhase = program.document.phases[0];
  if (!user || !version || !firstPhase) throw new Error("could not arrange the enrolment");
  await database
    .insert(accessGrants)
    .values({ userId: user.id, programId: program.programId, reason: "e2e" });
  const [enrollment] = await database
    .insert(enrollments)
    .values({
      userId: user.id,
      programId: program.programId,
      programVersionId: version.id,
      currentPhaseKey: firstPhase.key,
      screening: { answers: {}, redFlags: [], acknowledgedRedFlags: false },
    })
    .returning({ id: enrollments.id });
  if (!enrollment) throw new Error("could not enrol the customer");
  await database
    .insert(phaseProgress)
    .values({ enrollmentId: enrollment.id, userId: user.id, phaseKey: firstPhase.key });
  return { user, enrollmentId: enrollment.id };
}

/** A library exercise, as if an admin had created it. */
export async function createLibraryExercise() {
  const database = await stackDb();
  const tag = randomUUID().slice(0, 6);
  const exercise = {
    slug: `wall-sit-${tag}`,
    name: `Wall sit ${tag}`,
    summary: "Slide down a wall and hold.",
    targetAreas: ["Front of the thigh"],
    equipment: ["wall"],
    setup: "Stand with your back against a wall.",
    steps: ["Slide down until the knees bend to about 60°.", "Hold, then slide back up."],
    cues: ["Knees over the middle of the feet."],
    mistakes: ["Letting the knees fall inward."],
    safetyNotes: ["Stop if the knee hurts; go less deep."],
    media: { videoUrl: "https://example.com/wall-sit.mp4" },
    substitutes: [],
  };
  await database
    .insert(exercises)
    .values({ slug: exercise.slug, name: exercise.name, document: exercise });
  return exercise;
}
