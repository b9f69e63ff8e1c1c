import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { readOutbox } from "./outbox";
import { isOutboxEnabled, sendEmail } from "./send-email";
import { renderSignInEmail } from "./templates/sign-in-email";

let outbox: string;
beforeEach(() => {
  outbox = mkdtempSync(join(tmpdir(), "outbox-test-"));
  vi.stubEnv("EMAIL_OUTBOX_DIR", outbox);
  vi.stubEnv("EMAIL_SERVER", "");
  vi.stubEnv("NODE_ENV", "test");
});
afterEach(() => vi.unstubAllEnvs());

describe("sendEmail", () => {
  it("captures a sign-in email in the outbox with a link a test can open", async () => {
    const link = "http://localhost:3000/api/auth/callback/nodemailer?token=abc&email=a%40b.c";
    const result = await sendEmail(
      renderSignInEmail({ to: "Reader@Example.com", url: link, appName: "Phasewise" }),
    );
    expect(result.captured).toBe(true);
    const [message] = await readOutbox(outbox, { to: "reader@example.com" });
    expect(message?.subject).toBe("Sign in to Phasewise");
    expect(message?.text).toContain(link);
    expect(message?.html).toContain("token=abc&amp;email");
  });

  it("keeps messages to other people out of a filtered read, newest first", async () => {
    await sendEmail({ to: "one@example.com", subject: "first", text: "1", html: "<p>1</p>" });
    await sendEmail({ to: "two@example.com", subject: "other", text: "2", html: "<p>2</p>" });
    await sendEmail({ to: "one@example.com", subject: "second", text: "3", html: "<p>3</p>" });
    const messages = await readOutbox(outbox, { to: "one@example.com" });
    expect(messages.map((message) => message.subject)).toEqual(["second", "first"]);
  });

  it("refuses to send in production without an SMTP server instead of dropping mail", async () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(isOutboxEnabled()).toBe(false);
    await expect(
      sendEmail({ to: "x@example.com", subject: "s", text: "t", html: "h" }),
    ).rejects.toThrow(/EMAIL_SERVER is not set/);
    expect(await readOutbox(outbox)).toEqual([]);
  });
});
