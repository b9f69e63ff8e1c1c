/** The admin router: everything apps/admin may call. Every procedure is admin-only. */
import { usersRouter } from "./routers/admin/users-router";
import { createTRPCRouter } from "./trpc";

export const adminRouter = createTRPCRouter({
  users: usersRouter,
});

export type AdminRouter = typeof adminRouter;
