/**
 * @phasewise/auth: one Auth.js instance per app, created lazily so `next build` never opens the
 * database, plus role helpers.
 */
import type { Session } from "next-auth";
import NextAuth from "next-auth";

import type { AppName } from "./config";
import { createAuthConfig } from "./config";

export function createAuth(app: AppName) {
  return NextAuth(() => createAuthConfig(app));
}

export function isAdmin(session: Session | null): boolean {
  return session?.user.role === "admin";
}

export { listSignInMethods } from "./config";
export type { AppName } from "./config";
export { assertAuthEnv, readAuthEnv, AuthConfigError } from "./env";
export type { Session } from "next-auth";
export type { UserRole } from "./types";
export { requestMagicLink, safeReturnPath } from "./request-magic-link";
export type { MagicLinkFormState } from "./request-magic-link";
