import type { Metadata } from "next";
import { Suspense } from "react";

import { ProgramEditor } from "~/components/program-editor/program-editor";
import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Edit program" };

interface Props {
  params: Promise<{ programId: string }>;
}

export default async function ProgramEditorPage({ params }: Props) {
  const { programId } = await params;
  await requireAdmin(`/programs/${programId}`);
  // Awaited (not just prefetched) so an unknown program is a 404, not an error boundary.
  await callOrNotFound(
    () => getQueryClient().fetchQuery(trpc.programs.get.queryOptions({ programId })),
    `/programs/${programId}`,
  );
  prefetch(trpc.exercises.search.queryOptions({ query: "", limit: 200 }));
  return (
    <HydrateClient>
      <Suspense fallback={<p role="status">Loading the draft…</p>}>
        <ProgramEditor programId={programId} />
      </Suspense>
    </HydrateClient>
  );
}
