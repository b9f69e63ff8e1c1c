import type { Metadata } from "next";

import { isOutboxEnabled } from "@phasewise/email";
import { CheckEmailCard } from "@phasewise/ui";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return <CheckEmailCard outboxEnabled={isOutboxEnabled()} />;
}
