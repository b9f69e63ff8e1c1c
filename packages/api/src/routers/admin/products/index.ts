/**
 * Admin products and prices: list the catalog (on sale and archived, with sales per price),
 * create and rename products, add prices, and archive either — in Stripe (or the emulator) and
 * here, audited, never deleted. A price's amount never changes: add a new price, archive the old.
 */
import type { TRPCRouterRecord } from "@trpc/server";

import { listProducts } from "./list-products";
import { archivePriceProcedure, createPriceProcedure } from "./price-mutations";
import {
  archiveProductProcedure,
  createProductProcedure,
  updateProductProcedure,
} from "./product-mutations";

export const productsRouter = {
  list: listProducts,
  create: createProductProcedure,
  update: updateProductProcedure,
  archive: archiveProductProcedure,
  createPrice: createPriceProcedure,
  archivePrice: archivePriceProcedure,
} satisfies TRPCRouterRecord;
