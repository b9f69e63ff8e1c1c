/** The admin router: everything apps/admin may call. Every procedure is admin-only. */
import { analyticsRouter } from "./routers/admin/analytics";
import { auditRouter } from "./routers/admin/audit/audit-router";
import { billingRouter } from "./routers/admin/billing";
import { customersRouter } from "./routers/admin/customers";
import { enrollmentsRouter } from "./routers/admin/enrollments";
import { exercisesRouter } from "./routers/admin/exercises";
import { productsRouter } from "./routers/admin/products";
import { programsRouter } from "./routers/admin/programs";
import { usersRouter } from "./routers/admin/users-router";
import { createTRPCRouter } from "./trpc";

export const adminRouter = createTRPCRouter({
  users: usersRouter,
  programs: programsRouter,
  enrollments: enrollmentsRouter,
  exercises: exercisesRouter,
  audit: auditRouter,
  billing: billingRouter,
  customers: customersRouter,
  products: productsRouter,
  analytics: analyticsRouter,
});

export type AdminRouter = typeof adminRouter;
