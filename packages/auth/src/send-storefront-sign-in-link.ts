/**
 * A sign-in link to the storefront sent on someone else's behalf (an admin helping a customer who
 * lost theirs). It is the same one-time link the sign-in form sends: a verification token stored
 * hashed with the auth secret exactly as Auth.js stores it, so the storefront's own email callback
 * accepts it and then deletes it; it expires in 24 hours.
 */
import { createHash, randomBytes } from "node:crypto";

import type { Executor } from "@phasewise/db/client";
import { verificationTokens } from "@phasewise/db/schema";
import { renderSignInEmail, sendEmail } from "@phasewise/email";

import { readAuthEnv } from "./env";

const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface StorefrontSignInLink {
  url: string;
  expires: Date;
}

/** Stores a fresh token for `email` and returns the storefront link that spends it. */
export async function createStorefrontSignInLink(
  db: Executor,
  input: { email: string; storefrontUrl: string; returnPath?: string; now?: Date },
): Promise<StorefrontSignInLink> {
  const { secret } = readAuthEnv();
  // As stored: Auth.js looks the user up by this exact string, and a changed case would sign
  // the customer in to a new, empty account.
  const email = input.email;
  const token = randomBytes(32).toString("hex");
  const expires = new Date((input.now ?? new Date()).getTime() + LINK_LIFETIME_MS);
  await db.insert(verificationTokens).values({
    identifier: email,
    token: createHash("sha256").update(`${token}${secret}`).digest("hex"),
    expires,
  });
  const base = input.storefrontUrl.replace(/\/$/, "");
  const query = new URLSearchParams({
    callbackUrl: `${base}${input.returnPath ?? "/"}`,
    token,
    email,
  });
  return { url: `${base}/api/auth/callback/nodemailer?${query}`, expires };
}

/** Creates the link and emails it to the customer in the storefront's name. */
export async function sendStorefrontSignInLink(
  db: Executor,
  input: { email: string; storefrontUrl: string; returnPath?: string },
): Promise<{ expires: Date }> {
  const link = await createStorefrontSignInLink(db, input);
  await sendEmail(renderSignInEmail({ to: input.email, url: link.url, appName: "Phasewise" }));
  return { expires: link.expires };
}
