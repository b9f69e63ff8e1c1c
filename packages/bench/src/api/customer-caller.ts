/**
 * Calls the real customer router as a signed-in customer, the way apps/web's server caller does
 * and as `packages/api/src/testing/callers.ts` does for tests, on the database given.
 */
import type { Database } from "@phasewise/db/client";
import type { User } from "@phasewise/db/schema";
import { createCallerFactory, createTRPCContext, customerRouter } from "@phasewise/api";

type Session = NonNullable<Parameters<typeof createTRPCContext>[0]["session"]>;

const createCaller = createCallerFactory(customerRouter);

function sessionFor(user: User): Session {
  return {
    expires: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: user.id, email: user.email, name: user.name, image: null, role: user.role },
  };
}

export function customerCaller(db: Database, user: User) {
  return createCaller(createTRPCContext({ headers: new Headers(), session: sessionFor(user), db }));
}

export type CustomerCaller = ReturnType<typeof customerCaller>;
