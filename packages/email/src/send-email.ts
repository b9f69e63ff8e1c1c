/**
 * Sends one email through nodemailer: SMTP when EMAIL_SERVER is set, otherwise (outside
 * production) nodemailer's JSON transport, whose rendered message is kept in the local outbox.
 */
import { createTransport } from "nodemailer";

import { readEmailEnv } from "./env";
import { writeToOutbox } from "./outbox";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export class EmailNotConfiguredError extends Error {
  constructor() {
    super("EMAIL_SERVER is not set: production cannot send email (set an SMTP URL).");
    this.name = "EmailNotConfiguredError";
  }
}

export async function sendEmail(message: EmailMessage): Promise<{ captured: boolean }> {
  const env = readEmailEnv();
  if (env.EMAIL_SERVER) {
    await createTransport(env.EMAIL_SERVER).sendMail({ ...message, from: env.EMAIL_FROM });
    return { captured: false };
  }
  if (!isOutboxEnabled()) throw new EmailNotConfiguredError();
  // Render through nodemailer so the captured message is what a real transport would send.
  const rendered = await createTransport({ jsonTransport: true }).sendMail({
    ...message,
    from: env.EMAIL_FROM,
  });
  if (!rendered.envelope.to.length) throw new Error("An email needs a recipient.");
  await writeToOutbox(env.EMAIL_OUTBOX_DIR, { ...message, from: env.EMAIL_FROM });
  return { captured: true };
}

/** The outbox is for development and tests only. */
export function isOutboxEnabled(): boolean {
  const env = readEmailEnv();
  return !env.EMAIL_SERVER && (env.NODE_ENV !== "production" || env.EMAIL_CAPTURE === "true");
}
