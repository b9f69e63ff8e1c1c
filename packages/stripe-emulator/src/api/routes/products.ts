/** `/v1/products`: create (optionally with `default_price_data`), retrieve, update/archive, list. */
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
import { invalidRequest, resourceMissing } from "../../lib/errors";
import { diffTopLevel, toJsonObject } from "../../lib/json";
import { buildPrice, buildProduct } from "../../objects/catalog";
import { newestFirst, paginate } from "../list";

const createParams = z.object({
  id: z.string().optional(),
  name: z.string(),
  active: formBool.optional(),
  description: z.string().optional(),
  images: z.array(z.string()).optional(),
  metadata: formMetadata.optional(),
  url: z.string().optional(),
  default_price_data: z
    .object({ currency: z.string(), unit_amount: formInt, recurring: recurringParams.optional() })
    .optional(),
});

const updateParams = z.object({
  name: z.string().optional(),
  active: formBool.optional(),
  description: emptyable(z.string()).optional(),
  images: emptyable(z.array(z.string())).optional(),
  metadata: emptyable(formMetadata).optional(),
  url: emptyable(z.string()).optional(),
  default_price: z.string().optional(),
});

const listQuery = z.object({
  ...listParams,
  active: formBool.optional(),
  ids: z.array(z.string()).optional(),
});

export const productRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/products",
    handler: ({ core, params }) => {
      const input = parseParams(createParams, params);
      if (input.id && core.state.products[input.id]) {
        throw invalidRequest(`Product already exists.`, "id", "resource_already_exists");
      }
      const now = core.now();
      const product = buildProduct(input, now);
      core.state.products[product.id] = product;
      core.recordEvent({ type: "product.created", object: product });
      if (input.default_price_data) {
        const price = buildPrice({ product: product.id, ...input.default_price_data }, now);
        core.state.prices[price.id] = price;
        product.default_price = price.id;
        core.recordEvent({ type: "price.created", object: price });
      }
      return product;
    },
  },
  {
    method: "GET",
    pattern: "/v1/products/:id",
    handler: ({ core, id }) => {
      const product = core.state.products[id];
      if (!product) throw resourceMissing("product", id);
      return product;
    },
  },
  {
    method: "POST",
    pattern: "/v1/products/:id",
    handler: ({ core, id, params }) => {
      const product = core.state.products[id];
      if (!product) throw resourceMissing("product", id);
      const input = parseParams(updateParams, params);
      if (input.default_price !== undefined && !core.state.prices[input.default_price]) {
        throw resourceMissing("price", input.default_price, "default_price");
      }
      const before = toJsonObject(product);
      if (input.name !== undefined) product.name = input.name;
      if (input.active !== undefined) product.active = input.active;
      if (input.description !== undefined) product.description = input.description;
      if (input.images !== undefined) product.images = input.images ?? [];
      if (input.url !== undefined) product.url = input.url;
      if (input.default_price !== undefined) product.default_price = input.default_price;
      product.metadata = mergeMetadata(product.metadata, input.metadata);
      product.updated = core.now();
      const previous = diffTopLevel(before, toJsonObject(product));
      core.recordEvent({ type: "product.updated", object: product }, previous);
      return product;
    },
  },
  {
    method: "GET",
    pattern: "/v1/products",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const products = newestFirst(core.state.products).filter(
        (product) =>
          (query.active === undefined || product.active === query.active) &&
          (query.ids === undefined || query.ids.includes(product.id)),
      );
      return paginate(products, query, "/v1/products");
    },
  },
];
