/** `products.create`, `products.update` and `products.archive`: thin calls into billing's catalog. */
import { archiveProduct, createProduct, updateProduct } from "@phasewise/billing";

import { adminProcedure } from "../../../trpc";
import { auditAs, catalogCall } from "./products-services";
import {
  ZArchiveProductRequest,
  ZCreateProductRequest,
  ZProductChangeResponse,
  ZUpdateProductRequest,
} from "./products.types";

export const createProductProcedure = adminProcedure
  .input(ZCreateProductRequest)
  .output(ZProductChangeResponse)
  .mutation(({ ctx, input }) =>
    catalogCall(async (stripe) => {
      const { product, created } = await createProduct(
        ctx.db,
        stripe,
        {
          id: input.id,
          kind: input.kind,
          programId: input.programId ?? null,
          name: input.name,
          description: input.description,
        },
        auditAs(ctx.user.id),
      );
      return { id: product.id, name: product.name, active: product.active, changed: created };
    }),
  );

export const updateProductProcedure = adminProcedure
  .input(ZUpdateProductRequest)
  .output(ZProductChangeResponse)
  .mutation(({ ctx, input }) =>
    catalogCall(async (stripe) => {
      const { product, changed } = await updateProduct(ctx.db, stripe, input, auditAs(ctx.user.id));
      return { id: product.id, name: product.name, active: product.active, changed };
    }),
  );

export const archiveProductProcedure = adminProcedure
  .input(ZArchiveProductRequest)
  .output(ZProductChangeResponse)
  .mutation(({ ctx, input }) =>
    catalogCall(async (stripe) => {
      const { product, changed } = await archiveProduct(
        ctx.db,
        stripe,
        input,
        auditAs(ctx.user.id),
      );
      return { id: product.id, name: product.name, active: product.active, changed };
    }),
  );
