/** Everything the product needs to be usable after a fresh migrate: demo accounts (and content). */
import type { Database } from "../client";
import { seedDemoAccounts } from "./seed-demo-accounts";

export async function seedDatabase(db: Database) {
  return db.transaction(async (tx) => {
    const accounts = await seedDemoAccounts(tx);
    return { accounts };
  });
}
