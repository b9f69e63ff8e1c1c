/** Takes the row lock on a customer's enrolment for the rest of the transaction. */
import { and, eq } from "drizzle-orm";

import type { Transaction } from "@phasewise/db/client";
import { enrollments } from "@phasewise/db/schema";

export async function lockEnrollment(tx: Transaction, userId: string, programId: string) {
  const [row] = await tx
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.programId, programId)))
    .for("update");
  return row;
}
