import type { Metadata } from "next";

import { callOrRefuse } from "~/server/call-or-refuse";
import { serverCaller } from "~/trpc/server";
import { SessionClient } from "./session-client";

export const metadata: Metadata = { title: "Session" };

/** The session player. The plan comes from the server, which refuses customers without access. */
export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ session?: string }>;
}) {
  const { slug } = await params;
  const { session } = await searchParams;
  const plan = await callOrRefuse(
    async () =>
      (await serverCaller()).progress.sessionPlan({ programSlug: slug, sessionKey: session }),
    `/programs/${slug}/session`,
  );
  return <SessionClient plan={plan} programSlug={slug} />;
}
