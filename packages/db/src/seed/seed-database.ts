/**
 * Everything the product needs to be usable after a fresh migrate: demo accounts, the Knee Pain
 * Solution published as version 1, what we sell (its lifetime product and the membership), and
 * access for the demo customer. Safe to run repeatedly.
 */
import { and, eq, isNull } from "drizzle-orm";

import { kneePainSolution } from "@phasewise/domain";

import type { Database } from "../client";
import { accessGrants } from "../schema";
import { seedCatalog } from "./seed-catalog";
import { seedDemoAccounts } from "./seed-demo-accounts";
import { seedExerciseLibrary, seedKneePainSolution } from "./seed-programs";

export async function seedDatabase(db: Database) {
  return db.transaction(async (tx) => {
    const accounts = await seedDemoAccounts(tx);
    const programId = await seedKneePainSolution(tx, accounts.adminId);
    await seedExerciseLibrary(tx, kneePainSolution);
    await seedCatalog(tx, {
      id: programId,
      slug: kneePainSolution.slug,
      title: kneePainSolution.title,
    });
    if (accounts.customerId) {
      const existing = await tx
        .select({ id: accessGrants.id })
        .from(accessGrants)
        .where(and(eq(accessGrants.userId, accounts.customerId), isNull(accessGrants.revokedAt)));
      if (existing.length === 0) {
        await tx.insert(accessGrants).values({
          userId: accounts.customerId,
          programId,
          reason: "Demo account",
          grantedBy: accounts.adminId ?? null,
        });
      }
    }
    return { accounts, programId };
  });
}
