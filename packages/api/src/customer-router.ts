/** The customer router: everything apps/web may call. */
import { meRouter } from "./routers/customer/me-router";
import { createTRPCRouter } from "./trpc";

export const customerRouter = createTRPCRouter({
  me: meRouter,
});

export type CustomerRouter = typeof customerRouter;
