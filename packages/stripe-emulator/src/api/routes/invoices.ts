/** `/v1/invoices`: retrieve, list (by customer, subscription, status) and list lines. */
import { z } from "zod";

import type { ApiRoute } from "../api-types";
import { listParams, parseParams } from "../../form/params";
import { resourceMissing } from "../../lib/errors";
import { newestFirst, paginate } from "../list";

const listQuery = z.object({
  ...listParams,
  customer: z.string().optional(),
  subscription: z.string().optional(),
  status: z.enum(["draft", "open", "paid", "uncollectible", "void"]).optional(),
});

export const invoiceRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: "/v1/invoices/:id",
    handler: ({ core, id }) => {
      const invoice = core.state.invoices[id];
      if (!invoice) throw resourceMissing("invoice", id);
      return invoice;
    },
  },
  {
    method: "GET",
    pattern: "/v1/invoices/:id/lines",
    handler: ({ core, id, params }) => {
      const invoice = core.state.invoices[id];
      if (!invoice) throw resourceMissing("invoice", id);
      return paginate(
        invoice.lines.data,
        parseParams(z.object(listParams), params),
        `/v1/invoices/${id}/lines`,
      );
    },
  },
  {
    method: "GET",
    pattern: "/v1/invoices",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const invoices = newestFirst(core.state.invoices).filter(
        (invoice) =>
          (query.customer === undefined || invoice.customer === query.customer) &&
          (query.subscription === undefined ||
            invoice.parent?.subscription_details?.subscription === query.subscription) &&
          (query.status === undefined || invoice.status === query.status),
      );
      return paginate(invoices, query, "/v1/invoices");
    },
  },
];
