/**
 * Calls the real admin router as a signed-in admin, the way apps/admin's server caller does and
 * as `packages/api/src/testing/callers.ts` does for tests, on the database given.
 */
import type { Database } from "@phasewise/db/client";
import type { User } from "@phasewise/db/schema";
import { adminRouter, createCallerFactory, createTRPCContext } from "@phasewise/api";

const createCaller = createCallerFactory(adminRouter);

export function adminCaller(db: Database, user: User) {
  return createCaller(
    createTRPCContext({
      headers: new Headers(),
      session: {
        expires: new Date(Date.now() + 3_600_000).toISOString(),
        user: { id: user.id, email: user.email, name: user.name, image: null, role: user.role },
      },
      db,
    }),
  );
}

export type AdminCaller = ReturnType<typeof adminCaller>;
