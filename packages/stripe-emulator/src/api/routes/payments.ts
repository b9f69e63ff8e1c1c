/** `/v1/payment_intents` and `/v1/charges`: retrieve and list (by customer / payment intent). */
import { z } from "zod";

import type { ApiRoute } from "../api-types";
import { listParams, parseParams } from "../../form/params";
import { resourceMissing } from "../../lib/errors";
import { newestFirst, paginate } from "../list";

const listQuery = z.object({
  ...listParams,
  customer: z.string().optional(),
  payment_intent: z.string().optional(),
});

export const paymentRoutes: ApiRoute[] = [
  {
    method: "GET",
    pattern: "/v1/payment_intents/:id",
    handler: ({ core, id }) => {
      const intent = core.state.paymentIntents[id];
      if (!intent) throw resourceMissing("payment_intent", id);
      return intent;
    },
  },
  {
    method: "GET",
    pattern: "/v1/payment_intents",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const intents = newestFirst(core.state.paymentIntents).filter(
        (intent) => query.customer === undefined || intent.customer === query.customer,
      );
      return paginate(intents, query, "/v1/payment_intents");
    },
  },
  {
    method: "GET",
    pattern: "/v1/charges/:id",
    handler: ({ core, id }) => {
      const charge = core.state.charges[id];
      if (!charge) throw resourceMissing("charge", id);
      return charge;
    },
  },
  {
    method: "GET",
    pattern: "/v1/charges",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const charges = newestFirst(core.state.charges).filter(
        (charge) =>
          (query.customer === undefined || charge.customer === query.customer) &&
          (query.payment_intent === undefined || charge.payment_intent === query.payment_intent),
      );
      return paginate(charges, query, "/v1/charges");
    },
  },
];
