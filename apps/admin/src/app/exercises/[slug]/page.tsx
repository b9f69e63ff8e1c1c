import type { Metadata } from "next";
import Link from "next/link";

import { Notice } from "@phasewise/ui";

import { ExerciseForm } from "~/components/exercise-form/exercise-form";
import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Edit exercise" };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ created?: string }>;
}

export default async function ExercisePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { created } = await searchParams;
  const here = `/exercises/${slug}`;
  await requireAdmin(here);
  const caller = await serverCaller();
  const [entry, usage, library] = await Promise.all([
    callOrNotFound(() => caller.exercises.get({ slug }), here),
    callOrNotFound(() => caller.exercises.usage({ slug }), here),
    caller.exercises.search({ query: "", limit: 200 }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate-700">
        <Link href="/exercises" className="underline">
          Exercise library
        </Link>{" "}
        › {entry.exercise.name}
      </p>
      <h1 className="text-2xl font-semibold">{entry.exercise.name}</h1>
      {created && (
        <Notice tone="success" title="Exercise created">
          It is in the library; add it to a session from the program editor.
        </Notice>
      )}

      <section
        aria-labelledby="usage-heading"
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="usage-heading" className="text-lg font-semibold">
          Used in
        </h2>
        {usage.drafts.length === 0 && usage.versions.length === 0 ? (
          <p className="text-slate-700">No program uses this exercise yet.</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {usage.drafts.map((draft) => (
              <li key={draft.programId}>
                <Link
                  href={`/programs/${draft.programId}`}
                  className="font-medium text-brand-700 underline"
                >
                  {draft.title}
                </Link>{" "}
                (draft):{" "}
                {draft.sessionKeys.length > 0
                  ? `sessions ${draft.sessionKeys.join(", ")}`
                  : "carried but not prescribed"}
                {draft.inProgram &&
                  !draft.matchesLibrary &&
                  " · the draft’s copy differs from the library: update it in the editor"}
              </li>
            ))}
            {usage.versions.map((version) => (
              <li key={`${version.programId}-${version.version}`}>
                {version.title} version {version.version}: sessions{" "}
                {version.sessionKeys.join(", ") || "none"}
              </li>
            ))}
          </ul>
        )}
      </section>

      <ExerciseForm
        initial={{ exercise: entry.exercise, revision: entry.revision }}
        library={library}
      />
    </div>
  );
}
