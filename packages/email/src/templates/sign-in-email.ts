/** The magic-link email: one clear button, the plain link as a fallback, and when it expires. */
import type { EmailMessage } from "../send-email";
import { escapeHtml } from "./escape-html";

export function renderSignInEmail(input: {
  to: string;
  url: string;
  appName: string;
}): EmailMessage {
  const url = escapeHtml(input.url);
  const app = escapeHtml(input.appName);
  return {
    to: input.to,
    subject: `Sign in to ${input.appName}`,
    text: `Sign in to ${input.appName}:\n${input.url}\n\nThe link works once and expires in 24 hours. If you did not ask for it, ignore this email.`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a">
<h1 style="font-size:20px">Sign in to ${app}</h1>
<p><a href="${url}" style="display:inline-block;padding:12px 20px;background:#0f766e;color:#fff;border-radius:8px;text-decoration:none">Sign in</a></p>
<p style="font-size:14px;color:#475569">Or paste this link into your browser: <br>${url}</p>
<p style="font-size:14px;color:#475569">The link works once and expires in 24 hours. If you did not ask for it, you can ignore this email.</p>
</body></html>`,
  };
}
