/** `pnpm db:seed`: demo accounts and the seeded program, idempotently. */
import { seedDatabase } from "../seed/seed-database";
import { withScriptDatabase } from "./with-script-database";

await withScriptDatabase((db) => seedDatabase(db));
console.log("Seed applied: admin@phasewise.local (admin) and demo@phasewise.local (customer).");
