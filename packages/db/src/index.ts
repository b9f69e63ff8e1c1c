/** @phasewise/db: the schema, the client factory, and data helpers shared by the server side. */
export * from "./schema";
export { createDb, getDb, closeDb } from "./client";
export type { Database, Transaction, Executor } from "./client";
export { setUserRole, findUserByEmail } from "./users/set-user-role";
export { seedDatabase } from "./seed/seed-database";
export { demoAccounts } from "./seed/seed-demo-accounts";
export { seedKneePainSolution, seedProgram } from "./seed/seed-programs";
export { seedCatalog } from "./seed/seed-catalog";
