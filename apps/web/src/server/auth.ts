/** The storefront's Auth.js instance (its own session cookie, shared user database). */
import { createAuth } from "@phasewise/auth";

export const { handlers, auth, signIn, signOut } = createAuth("web");
