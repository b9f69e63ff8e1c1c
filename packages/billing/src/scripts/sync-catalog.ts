/**
 * `pnpm billing:catalog`: creates our products and prices in Stripe (or the emulator) and stores
 * their ids. Idempotent; `pnpm dev` and the end-to-end stack run it after seeding.
 */
import { withScriptDatabase } from "@phasewise/db/script-database";

import { syncCatalogToStripe } from "../catalog/sync-catalog";
import { stripeForScript } from "./script-context";

const stripe = await stripeForScript();
const result = await withScriptDatabase((db) => syncCatalogToStripe(db, stripe));
const created = [...result.products, ...result.prices].filter((item) => item.created);
console.log(
  `Catalog in Stripe: ${result.products.length} products, ${result.prices.length} prices` +
    (created.length ? ` (${created.length} created).` : " (all already there)."),
);
