/** `/v1/checkout/sessions`: create, retrieve, list, list line items, expire. */
import type Stripe from "stripe";
import { z } from "zod";

import type { EmulatorCore } from "../../core";
import type { ApiRoute } from "../api-types";
import { expireCheckoutSession } from "../../billing/advance-clock";
import { checkoutSessionParams } from "../../billing/checkout-session-params";
import { createCheckoutSession } from "../../billing/create-checkout-session";
import { listParams, parseParams } from "../../form/params";
import { invalidRequest, resourceMissing } from "../../lib/errors";
import { newestFirst, paginate } from "../list";

const listQuery = z.object({
  ...listParams,
  customer: z.string().optional(),
  status: z.enum(["open", "complete", "expired"]).optional(),
  payment_intent: z.string().optional(),
  subscription: z.string().optional(),
  customer_details: z.object({ email: z.string() }).optional(),
});

function requireSession(core: EmulatorCore, id: string): Stripe.Checkout.Session {
  const session = core.state.checkoutSessions[id];
  if (!session) throw resourceMissing("checkout.session", id);
  return session;
}

export const checkoutSessionRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/checkout/sessions",
    handler: ({ core, params }) =>
      createCheckoutSession(core, parseParams(checkoutSessionParams, params)),
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions/:id",
    handler: ({ core, id }) => requireSession(core, id),
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions/:id/line_items",
    handler: ({ core, id, params }) => {
      requireSession(core, id);
      const query = parseParams(z.object(listParams), params);
      return paginate(
        core.state.checkoutLineItems[id] ?? [],
        query,
        `/v1/checkout/sessions/${id}/line_items`,
      );
    },
  },
  {
    method: "POST",
    pattern: "/v1/checkout/sessions/:id/expire",
    handler: ({ core, id }) => {
      const session = requireSession(core, id);
      if (session.status !== "open") {
        throw invalidRequest(
          `This Checkout Session is ${session.status ?? "not open"} and can no longer be expired.`,
          "session",
          "checkout_session_not_open",
        );
      }
      expireCheckoutSession(core, session);
      return session;
    },
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions",
    handler: ({ core, params }) => {
      const query = parseParams(listQuery, params);
      const sessions = newestFirst(core.state.checkoutSessions).filter(
        (session) =>
          (query.customer === undefined || session.customer === query.customer) &&
          (query.status === undefined || session.status === query.status) &&
          (query.payment_intent === undefined || session.payment_intent === query.payment_intent) &&
          (query.subscription === undefined || session.subscription === query.subscription) &&
          (query.customer_details === undefined ||
            session.customer_details?.email === query.customer_details.email),
      );
      return paginate(sessions, query, "/v1/checkout/sessions");
    },
  },
];
