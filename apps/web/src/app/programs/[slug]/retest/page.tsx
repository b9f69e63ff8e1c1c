import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { callOrRefuse } from "~/server/call-or-refuse";
import { TRPCReactProvider } from "~/trpc/react";
import { serverCaller } from "~/trpc/server";
import { RetestForm } from "./retest-form";

export const metadata: Metadata = { title: "Re-test" };

export default async function RetestPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const setup = await callOrRefuse(
    async () => (await serverCaller()).enrollment.setup({ programSlug: slug }),
    `/programs/${slug}/retest`,
  );
  if (!setup.enrolled || !setup.baseline) redirect(`/programs/${slug}/start`);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Re-test</h1>
      <p className="text-slate-700">
        The same check you took at the start. Do it warm but not tired, the same way as last time,
        so the numbers compare.
      </p>
      <TRPCReactProvider>
        <RetestForm programSlug={slug} assessment={setup.baseline} />
      </TRPCReactProvider>
    </div>
  );
}
