/** Test helpers: call the routers as an anonymous visitor, a customer or an admin. */
import type { Session } from "@phasewise/auth";
import type { Database } from "@phasewise/db/client";
import type { User } from "@phasewise/db/schema";

import { adminRouter } from "../admin-router";
import { customerRouter } from "../customer-router";
import { createCallerFactory, createTRPCContext } from "../trpc";

export function sessionFor(user: User | null): Session | null {
  if (!user) return null;
  return {
    expires: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: user.id, email: user.email, name: user.name, image: null, role: user.role },
  };
}

export function customerCaller(db: Database, user: User | null) {
  return createCallerFactory(customerRouter)(
    createTRPCContext({ headers: new Headers(), session: sessionFor(user), db }),
  );
}

export function adminCaller(db: Database, user: User | null) {
  return createCallerFactory(adminRouter)(
    createTRPCContext({ headers: new Headers(), session: sessionFor(user), db }),
  );
}
