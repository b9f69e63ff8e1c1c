/** Admin products and prices: created in Stripe from the admin, archived rather than deleted. */
import type { TRPCRouterRecord } from "@trpc/server";

export const productsRouter = {} satisfies TRPCRouterRecord;
