/** Development only: the emails the app would have sent, with their links. 404 in production. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { isOutboxEnabled, readEmailEnv, readOutbox } from "@phasewise/email";
import { OutboxList } from "@phasewise/ui";

export const metadata: Metadata = { title: "Dev outbox" };
export const dynamic = "force-dynamic";

export default async function OutboxPage() {
  if (!isOutboxEnabled()) notFound();
  return <OutboxList messages={await readOutbox(readEmailEnv().EMAIL_OUTBOX_DIR, { limit: 30 })} />;
}
