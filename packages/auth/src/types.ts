/** Adds our user id and role to Auth.js's Session and User types. */
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
      name?: string | null;
      image?: string | null;
    };
  }
}

export type { UserRole };
