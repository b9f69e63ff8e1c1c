/** The customer router: everything apps/web may call. */
import { billingRouter } from "./routers/customer/billing";
import { enrollmentRouter } from "./routers/customer/enrollment-router";
import { meRouter } from "./routers/customer/me-router";
import { programsRouter } from "./routers/customer/programs-router";
import { progressRouter } from "./routers/customer/progress";
import { createTRPCRouter } from "./trpc";

export const customerRouter = createTRPCRouter({
  me: meRouter,
  programs: programsRouter,
  enrollment: enrollmentRouter,
  progress: progressRouter,
  billing: billingRouter,
});

export type CustomerRouter = typeof customerRouter;
