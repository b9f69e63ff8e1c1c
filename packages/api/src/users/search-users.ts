/**
 * Finds users by part of their email or name, newest first, one page at a time: the list behind
 * both admin "Users" and "Customers". Two queries (the page and the total), whatever the size.
 */
import { count, desc, ilike, or } from "drizzle-orm";

import type { Executor } from "@phasewise/db/client";
import { users } from "@phasewise/db/schema";

import { likePattern } from "../search/like-pattern";

export async function searchUsers(
  db: Executor,
  input: { query: string; page: number; pageSize: number },
) {
  const filter = input.query
    ? or(ilike(users.email, likePattern(input.query)), ilike(users.name, likePattern(input.query)))
    : undefined;
  const [items, totals] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(filter)
      .orderBy(desc(users.createdAt), users.id)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ total: count() }).from(users).where(filter),
  ]);
  return { items, total: Number(totals[0]?.total ?? 0) };
}
