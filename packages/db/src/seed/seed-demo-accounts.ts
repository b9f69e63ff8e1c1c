/**
 * Demo accounts for local use: an admin and a customer who both sign in by magic link
 * (the link is captured in the dev outbox). Safe to run repeatedly.
 */
import { sql } from "drizzle-orm";

import type { Executor } from "../client";
import { users } from "../schema";

export const demoAccounts = {
  admin: { email: "admin@phasewise.local", name: "Ada Admin", role: "admin" },
  customer: { email: "demo@phasewise.local", name: "Dana Demo", role: "customer" },
} as const;

export async function seedDemoAccounts(db: Executor) {
  const rows = await db
    .insert(users)
    .values(
      Object.values(demoAccounts).map((account) => ({
        email: account.email,
        name: account.name,
        role: account.role,
        emailVerified: new Date(),
      })),
    )
    .onConflictDoUpdate({ target: users.email, set: { role: sql`excluded.role` } })
    .returning({ id: users.id, email: users.email });
  const idOf = (email: string) => rows.find((row) => row.email === email)?.id;
  return { adminId: idOf(demoAccounts.admin.email), customerId: idOf(demoAccounts.customer.email) };
}
