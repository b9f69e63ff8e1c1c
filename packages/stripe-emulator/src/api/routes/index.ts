/** Every `/v1` route, in match order (literal paths such as `/search` before `/:id`). */
import type { ApiRoute } from "../api-types";
import { billingPortalRoutes } from "./billing-portal";
import { checkoutSessionRoutes } from "./checkout-sessions";
import { customerRoutes } from "./customers";
import { eventRoutes } from "./events";
import { invoiceRoutes } from "./invoices";
import { paymentRoutes } from "./payments";
import { priceRoutes } from "./prices";
import { productRoutes } from "./products";
import { promotionRoutes } from "./promotions";
import { refundRoutes } from "./refunds";
import { subscriptionRoutes } from "./subscriptions";

export const apiRoutes: ApiRoute[] = [
  ...customerRoutes,
  ...productRoutes,
  ...priceRoutes,
  ...promotionRoutes,
  ...checkoutSessionRoutes,
  ...subscriptionRoutes,
  ...invoiceRoutes,
  ...paymentRoutes,
  ...refundRoutes,
  ...billingPortalRoutes,
  ...eventRoutes,
];
