/** `products.createPrice` and `products.archivePrice`: thin calls into billing's catalog. */
import { archivePrice, createPrice } from "@phasewise/billing";

import { adminProcedure } from "../../../trpc";
import { auditAs, catalogCall } from "./products-services";
import { ZArchivePriceRequest, ZCreatePriceRequest, ZPriceChangeResponse } from "./products.types";

export const createPriceProcedure = adminProcedure
  .input(ZCreatePriceRequest)
  .output(ZPriceChangeResponse)
  .mutation(({ ctx, input }) =>
    catalogCall(async (stripe) => {
      const { price, created } = await createPrice(
        ctx.db,
        stripe,
        {
          id: input.id,
          productId: input.productId,
          type: input.type,
          interval: input.type === "recurring" ? (input.interval ?? null) : null,
          unitAmount: input.unitAmount,
          currency: input.currency,
          trialDays: input.type === "recurring" ? (input.trialDays ?? null) : null,
        },
        auditAs(ctx.user.id),
      );
      return { id: price.id, active: price.active, changed: created };
    }),
  );

export const archivePriceProcedure = adminProcedure
  .input(ZArchivePriceRequest)
  .output(ZPriceChangeResponse)
  .mutation(({ ctx, input }) =>
    catalogCall(async (stripe) => {
      const { price, changed } = await archivePrice(ctx.db, stripe, input, auditAs(ctx.user.id));
      return { id: price.id, active: price.active, changed };
    }),
  );
