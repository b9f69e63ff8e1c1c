/**
 * `pnpm billing:reconcile [--days=3]`: re-syncs every customer with relevant Stripe activity (or
 * linked by us) in the last N days — a safety net for webhooks that never arrived.
 */
import { withScriptDatabase } from "@phasewise/db/script-database";

import { reconcileCustomers } from "../reconcile/reconcile-customers";
import { readFlag, stripeForScript } from "./script-context";

const days = Number(readFlag("days") ?? "3");
if (!Number.isFinite(days) || days <= 0) {
  console.error("--days must be a positive number");
  process.exit(1);
}
const stripe = await stripeForScript();
const result = await withScriptDatabase((db) => reconcileCustomers(db, stripe, { days }));
console.log(
  `Reconciled ${result.synced} of ${result.customers} customers changed in the last ${days} days` +
    (result.unknown ? `; ${result.unknown} are not ours` : "") +
    ".",
);
for (const failure of result.failed) console.error(`  ${failure.customerId}: ${failure.error}`);
if (result.failed.length > 0) process.exit(1);
