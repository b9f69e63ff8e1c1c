import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { callOrRefuse } from "~/server/call-or-refuse";
import { TRPCReactProvider } from "~/trpc/react";
import { serverCaller } from "~/trpc/server";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "Start the program" };

export default async function StartPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const setup = await callOrRefuse(
    async () => (await serverCaller()).enrollment.setup({ programSlug: slug }),
    `/programs/${slug}/start`,
  );
  if (setup.enrolled) redirect(`/programs/${slug}/dashboard`);
  if (!setup.baseline) throw new Error("This program has no baseline check");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Before you start {setup.title}</h1>
      <p className="text-slate-700">
        Two short steps: a few safety questions, then a baseline check so you can see your change
        later. It takes about five minutes.
      </p>
      <TRPCReactProvider>
        <StartForm
          programSlug={slug}
          disclaimer={setup.disclaimer}
          questions={setup.screeningQuestions}
          baseline={setup.baseline}
        />
      </TRPCReactProvider>
    </div>
  );
}
