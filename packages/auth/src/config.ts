/**
 * The Auth.js configuration shared by both apps: database sessions through the Drizzle adapter,
 * magic-link sign-in by email (our own sender, so dev and tests capture the message), and
 * GitHub/Google only when their keys are set. Each app gets its own session cookie, so being
 * signed in to the storefront never signs anyone in to the admin app.
 */
import type { NextAuthConfig } from "next-auth";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";

import { getDb } from "@phasewise/db/client";
import { accounts, sessions, users, verificationTokens } from "@phasewise/db/schema";
import { renderSignInEmail, sendEmail } from "@phasewise/email";

import { readAuthEnv } from "./env";

import "./types";

export type AppName = "web" | "admin";

const appTitles: Record<AppName, string> = { web: "Phasewise", admin: "Phasewise Admin" };

export function createAuthConfig(app: AppName): NextAuthConfig {
  const env = readAuthEnv();
  const secureCookies = env.secureCookies;
  const cookiePrefix = `${secureCookies ? "__Secure-" : ""}phasewise-${app}`;
  const cookieOptions = {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies,
  };

  return {
    secret: env.secret,
    trustHost: true,
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    cookies: {
      sessionToken: { name: `${cookiePrefix}.session-token`, options: cookieOptions },
      callbackUrl: { name: `${cookiePrefix}.callback-url`, options: cookieOptions },
      csrfToken: {
        name: `${secureCookies ? "__Host-" : ""}phasewise-${app}.csrf-token`,
        options: cookieOptions,
      },
    },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers: [
      Nodemailer({
        // The server is never used: sendVerificationRequest below goes through @phasewise/email.
        server: { jsonTransport: true },
        maxAge: 24 * 60 * 60,
        async sendVerificationRequest({ identifier, url }) {
          await sendEmail(renderSignInEmail({ to: identifier, url, appName: appTitles[app] }));
        },
      }),
      ...(env.github ? [GitHub(env.github)] : []),
      ...(env.google ? [Google(env.google)] : []),
    ],
    callbacks: {
      // Built field by field: returning `session` as given would expose the session token.
      session({ session, user }) {
        return {
          expires: session.expires,
          user: {
            id: user.id,
            name: user.name ?? null,
            email: user.email,
            image: user.image ?? null,
            role: user.role ?? "customer",
          },
        };
      },
    },
  };
}

/** Which sign-in methods the sign-in page should offer. */
export function listSignInMethods() {
  const env = readAuthEnv();
  return { email: true, github: !!env.github, google: !!env.google };
}
