/** Changes a user's role by email; creates the user when they have never signed in. */
import { eq } from "drizzle-orm";

import type { Executor } from "../client";
import type { UserRole } from "../schema";
import { users } from "../schema";

export async function setUserRole(db: Executor, email: string, role: UserRole) {
  const normalised = email.trim().toLowerCase();
  const [row] = await db
    .insert(users)
    .values({ email: normalised, role })
    .onConflictDoUpdate({ target: users.email, set: { role } })
    .returning({ id: users.id, email: users.email, role: users.role });
  if (!row) throw new Error(`Could not set the role of ${normalised}`);
  return row;
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row;
}
