/** `/v1/customers`: create, retrieve, update, list (with `email` filter) and search. */
import type Stripe from "stripe";
import { z } from "zod";

import type { ApiRoute } from "../api-types";
import { emptyable, formMetadata, listParams, mergeMetadata, parseParams } from "../../form/params";
import { resourceMissing } from "../../lib/errors";
import { diffTopLevel, toJsonObject } from "../../lib/json";
import { buildCustomer } from "../../objects/customer";
import { createSearchResult, newestFirst, paginate } from "../list";
import { parseSearchQuery } from "../search-query";

const createParams = z.object({
  email: z.string().optional(),
  name: z.string().optional(),
  phone: z.string().optional(),
  description: z.string().optional(),
  metadata: formMetadata.optional(),
});

const updateParams = z.object({
  email: emptyable(z.string()).optional(),
  name: emptyable(z.string()).optional(),
  phone: emptyable(z.string()).optional(),
  description: emptyable(z.string()).optional(),
  metadata: emptyable(formMetadata).optional(),
});

const listQuery = z.object({ ...listParams, email: z.string().optional() });
const searchQuery = z.object({ query: z.string(), limit: listParams.limit });

export const customerRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/customers",
    handler: ({ core, params }) => {
      const input = parseParams(createParams, params);
      const customer = buildCustomer(input, core.now());
      core.state.customers[customer.id] = customer;
      core.recordEvent({ type: "customer.created", object: customer });
      return customer;
    },
  },
  {
    method: "GET",
    pattern: "/v1/customers/search",
    handler: ({ core, params }) => {
      const input = parseParams(searchQuery, params);
      const matches = parseSearchQuery(input.query);
      const found = newestFirst(core.state.customers).filter((customer) =>
        matches((field, key) => readCustomerField(customer, field, key)),
      );
      return createSearchResult(found, input.limit ?? 10, "/v1/customers/search");
    },
  },
  {
    method: "GET",
    pattern: "/v1/customers/:id",
    handler: ({ core, id }) => {
      const customer = core.state.customers[id];
      if (!customer) throw resourceMissing("customer", id);
      return customer;
    },
  },
  {
    method: "POST",
    pattern: "/v1/customers/:id",
    handler: ({ core, id, params }) => {
      const customer = core.state.customers[id];
      if (!customer) throw resourceMissing("customer", id);
      const input = parseParams(updateParams, params);
      const before = toJsonObject(customer);
      if (input.email !== undefined) customer.email = input.email;
      if (input.name !== undefined) customer.name = input.name;
      if (input.phone !== undefined) customer.phone = input.phone;
      if (input.description !== undefined) customer.description = input.description;
      customer.metadata = mergeMetadata(customer.metadata, input.metadata);
      const previous = diffTopLevel(before, toJsonObject(customer));
      if (Object.keys(previous).length > 0)
        core.recordEvent({ type: "customer.updated", object: customer }, previous);
      return customer;
    },
  },
  {
    method: "GET",
    pattern: "/v1/customers",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      // Stripe's `email` filter is exact and case-sensitive.
      const customers = newestFirst(core.state.customers).filter(
        (customer) => query.email === undefined || customer.email === query.email,
      );
      return paginate(customers, query, "/v1/customers");
    },
  },
];

function readCustomerField(
  customer: Stripe.Customer,
  field: string,
  metadataKey: string | null,
): string | null {
  if (field === "metadata" && metadataKey) return customer.metadata[metadataKey] ?? null;
  if (field === "email") return customer.email;
  if (field === "name") return customer.name ?? null;
  if (field === "phone") return customer.phone ?? null;
  return null;
}
