/** `/v1/billing_portal/sessions`: create a session whose `url` opens the emulator's portal page. */
import type Stripe from "stripe";
import { z } from "zod";

import type { ApiRoute } from "../api-types";
import { parseParams } from "../../form/params";
import { invalidRequest, resourceMissing } from "../../lib/errors";
import { createId } from "../../lib/ids";

const createParams = z.object({
  customer: z.string(),
  return_url: z.string().optional(),
  configuration: z.string().optional(),
  locale: z.string().optional(),
});

export const billingPortalRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/billing_portal/sessions",
    handler: ({ core, params }) => {
      const input = parseParams(createParams, params);
      if (!core.state.customers[input.customer])
        throw resourceMissing("customer", input.customer, "customer");
      if (input.return_url !== undefined && !URL.canParse(input.return_url)) {
        throw invalidRequest("Not a valid URL", "return_url", "url_invalid");
      }
      const id = createId("bps", 24);
      const session: Stripe.BillingPortal.Session = {
        id,
        object: "billing_portal.session",
        configuration: input.configuration ?? "bpc_emulator_default",
        created: core.now(),
        customer: input.customer,
        customer_account: null,
        flow: null,
        livemode: false,
        locale: input.locale ?? null,
        on_behalf_of: null,
        return_url: input.return_url ?? null,
        url: `${core.publicUrl}/portal/${id}`,
      };
      core.state.portalSessions[id] = session;
      core.recordEvent({ type: "billing_portal.session.created", object: session });
      return session;
    },
  },
];
