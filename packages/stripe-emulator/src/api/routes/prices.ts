/** `/v1/prices`: one-time and recurring prices; create, retrieve, update (`active`), list. */
import type Stripe from "stripe";
import { z } from "zod";

import type { ApiRoute } from "../api-types";
import {
  emptyable,
  formBool,
  formInt,
  formMetadata,
  listParams,
  mergeMetadata,
  parseParams,
  recurringParams,
} from "../../form/params";
import { missingParam, resourceMissing } from "../../lib/errors";
import { diffTopLevel, toJsonObject } from "../../lib/json";
import { buildPrice, buildProduct } from "../../objects/catalog";
import { newestFirst, paginate } from "../list";

const createParams = z.object({
  currency: z.string(),
  unit_amount: formInt.optional(),
  product: z.string().optional(),
  product_data: z.object({ name: z.string(), metadata: formMetadata.optional() }).optional(),
  recurring: recurringParams.optional(),
  nickname: z.string().optional(),
  lookup_key: z.string().optional(),
  active: formBool.optional(),
  metadata: formMetadata.optional(),
});

const updateParams = z.object({
  active: formBool.optional(),
  nickname: emptyable(z.string()).optional(),
  lookup_key: emptyable(z.string()).optional(),
  metadata: emptyable(formMetadata).optional(),
});

const listQuery = z.object({
  ...listParams,
  active: formBool.optional(),
  product: z.string().optional(),
  currency: z.string().optional(),
  type: z.enum(["one_time", "recurring"]).optional(),
  lookup_keys: z.array(z.string()).optional(),
});

export const priceRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/prices",
    handler: ({ core, params }) => {
      const input = parseParams(createParams, params);
      if (input.unit_amount === undefined) throw missingParam("unit_amount");
      const now = core.now();
      let productId = input.product;
      if (productId !== undefined && !core.state.products[productId])
        throw resourceMissing("product", productId, "product");
      if (productId === undefined) {
        if (!input.product_data) throw missingParam("product");
        const product = buildProduct(input.product_data, now);
        core.state.products[product.id] = product;
        core.recordEvent({ type: "product.created", object: product });
        productId = product.id;
      }
      const price = buildPrice(
        { ...input, product: productId, unit_amount: input.unit_amount },
        now,
      );
      core.state.prices[price.id] = price;
      core.recordEvent({ type: "price.created", object: price });
      return price;
    },
  },
  {
    method: "GET",
    pattern: "/v1/prices/:id",
    handler: ({ core, id }) => requirePrice(core.state.prices, id),
  },
  {
    method: "POST",
    pattern: "/v1/prices/:id",
    handler: ({ core, id, params }) => {
      const price = requirePrice(core.state.prices, id);
      const input = parseParams(updateParams, params);
      const before = toJsonObject(price);
      if (input.active !== undefined) price.active = input.active;
      if (input.nickname !== undefined) price.nickname = input.nickname;
      if (input.lookup_key !== undefined) price.lookup_key = input.lookup_key;
      price.metadata = mergeMetadata(price.metadata, input.metadata);
      core.recordEvent(
        { type: "price.updated", object: price },
        diffTopLevel(before, toJsonObject(price)),
      );
      return price;
    },
  },
  {
    method: "GET",
    pattern: "/v1/prices",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const prices = newestFirst(core.state.prices).filter(
        (price) =>
          (query.active === undefined || price.active === query.active) &&
          (query.product === undefined || price.product === query.product) &&
          (query.currency === undefined || price.currency === query.currency.toLowerCase()) &&
          (query.type === undefined || price.type === query.type) &&
          (query.lookup_keys === undefined ||
            (price.lookup_key !== null && query.lookup_keys.includes(price.lookup_key))),
      );
      return paginate(prices, query, "/v1/prices");
    },
  },
];

function requirePrice(prices: Record<string, Stripe.Price>, id: string): Stripe.Price {
  const price = prices[id];
  if (!price) throw resourceMissing("price", id);
  return price;
}
