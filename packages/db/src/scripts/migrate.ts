/** `pnpm db:migrate`: applies committed migrations (DATABASE_URL, or the embedded database). */
import { migrateDatabase } from "../migrate";
import { withScriptDatabase } from "./with-script-database";

await withScriptDatabase((_db, url) => migrateDatabase(url));
console.log("Migrations applied.");
