/**
 * The local outbox: in development and tests every message is written here as JSON instead of
 * being sent, so a person (the dev outbox page) or a test can open the sign-in link.
 */
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface CapturedEmail {
  id: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

export async function writeToOutbox(dir: string, message: Omit<CapturedEmail, "id" | "sentAt">) {
  await mkdir(dir, { recursive: true });
  const sentAt = new Date();
  const id = `${sentAt.getTime()}-${randomUUID()}`;
  const captured: CapturedEmail = { ...message, id, sentAt: sentAt.toISOString() };
  await writeFile(join(dir, `${id}.json`), JSON.stringify(captured, null, 2));
  return captured;
}

/** Newest first; optionally only the messages sent to one address. */
export async function readOutbox(dir: string, options: { to?: string; limit?: number } = {}) {
  const files = await readdir(dir).catch(() => [] as string[]);
  const newestFirst = files
    .filter((file) => file.endsWith(".json"))
    .sort()
    .reverse();
  const wanted = options.to?.trim().toLowerCase();
  const messages: CapturedEmail[] = [];
  for (const file of newestFirst) {
    if (messages.length >= (options.limit ?? 50)) break;
    const message = JSON.parse(await readFile(join(dir, file), "utf8")) as CapturedEmail;
    if (!wanted || message.to.toLowerCase() === wanted) messages.push(message);
  }
  return messages;
}
