/**
 * Reads the magic link the app "sent": polls the app's dev outbox endpoint for the first message
 * to `email` sent after `since`.
 */
import { expect } from "@playwright/test";

interface OutboxMessage {
  to: string;
  text: string;
  sentAt: string;
}

export async function readSignInLink(appUrl: string, email: string, since: Date): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${appUrl}/api/dev/outbox?to=${encodeURIComponent(email)}`);
        const messages = (await response.json()) as OutboxMessage[];
        const fresh = messages.find((message) => new Date(message.sentAt) >= since);
        link = fresh ? /https?:\/\/\S+/.exec(fresh.text)?.[0] : undefined;
        return link;
      },
      { timeout: 15_000, message: `a sign-in email to ${email}` },
    )
    .toBeTruthy();
  return link ?? "";
}
