import type { Metadata } from "next";
import Link from "next/link";

import { ExerciseForm } from "~/components/exercise-form/exercise-form";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "New exercise" };

export default async function NewExercisePage() {
  await requireAdmin("/exercises/new");
  const library = await (await serverCaller()).exercises.search({ query: "", limit: 200 });
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        <Link href="/exercises" className="underline">
          Exercise library
        </Link>{" "}
        › New
      </p>
      <h1 className="text-2xl font-semibold">New exercise</h1>
      <ExerciseForm library={library} />
    </div>
  );
}
