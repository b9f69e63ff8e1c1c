/**
 * `pnpm admin:grant you@example.com` makes someone an admin (`--revoke` makes them a customer
 * again). They then sign in to the admin app with that email.
 */
import { z } from "zod";

import { setUserRole } from "../users/set-user-role";
import { withScriptDatabase } from "./with-script-database";

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const revoke = args.includes("--revoke");
const email = z.email().safeParse(args.find((arg) => !arg.startsWith("--")));
if (!email.success) {
  console.error("Usage: pnpm admin:grant <email> [--revoke]   (a valid email address is required)");
  process.exit(1);
}

const user = await withScriptDatabase((db) =>
  setUserRole(db, email.data, revoke ? "customer" : "admin"),
);
console.log(`${user.email} is now ${user.role === "admin" ? "an admin" : "a customer"}.`);
