/** Adds our user id and role to Auth.js's Session and User types. */
import type { DefaultSession } from "next-auth";

import type { UserRole } from "@phasewise/db/schema";

declare module "next-auth" {
  interface User {
    role?: UserRole;
  }
  interface Session {
    user: {
      id: string;
      role: UserRole;
      email: string;
    } & Omit<DefaultSession["user"], "email">;
  }
}

export type { UserRole };
