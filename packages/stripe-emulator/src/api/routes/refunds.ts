/** `/v1/refunds`: create (by `charge` or `payment_intent`), retrieve, list. */
import { z } from "zod";

import type { ApiRoute } from "../api-types";
import { createRefund } from "../../billing/create-refund";
import { formInt, formMetadata, listParams, parseParams } from "../../form/params";
import { resourceMissing } from "../../lib/errors";
import { newestFirst, paginate } from "../list";

const createParams = z.object({
  charge: z.string().optional(),
  payment_intent: z.string().optional(),
  amount: formInt.optional(),
  reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).optional(),
  metadata: formMetadata.optional(),
});

const listQuery = z.object({
  ...listParams,
  charge: z.string().optional(),
  payment_intent: z.string().optional(),
});

export const refundRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/refunds",
    handler: ({ core, params }) => createRefund(core, parseParams(createParams, params)),
  },
  {
    method: "GET",
    pattern: "/v1/refunds/:id",
    handler: ({ core, id }) => {
      const refund = core.state.refunds[id];
      if (!refund) throw resourceMissing("refund", id);
      return refund;
    },
  },
  {
    method: "GET",
    pattern: "/v1/refunds",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const refunds = newestFirst(core.state.refunds).filter(
        (refund) =>
          (query.charge === undefined || refund.charge === query.charge) &&
          (query.payment_intent === undefined || refund.payment_intent === query.payment_intent),
      );
      return paginate(refunds, query, "/v1/refunds");
    },
  },
];
