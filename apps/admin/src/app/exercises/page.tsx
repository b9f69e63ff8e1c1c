import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses } from "@phasewise/ui";

import { Pager } from "~/components/pager";
import { formatDateTime } from "~/lib/format";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";
import { ImportButton } from "./import-button";

export const metadata: Metadata = { title: "Exercise library" };

const pageSize = 25;

interface Props {
  searchParams: Promise<{ q?: string; page?: string }>;
}

export default async function ExercisesPage({ searchParams }: Props) {
  await requireAdmin("/exercises");
  const { q = "", page: pageParam } = await searchParams;
  const page = pageParam && /^\d+$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1;
  const query = q.slice(0, 200);
  const list = await (await serverCaller()).exercises.list({ query, page, pageSize });
  const href = (target: number) =>
    `/exercises?${new URLSearchParams({ q: query, page: String(target) }).toString()}`;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Exercise library</h1>
        <Link href="/exercises/new" className={buttonClasses()}>
          New exercise
        </Link>
      </div>
      <p className="text-slate-700">
        Exercises every program can use. A program keeps its own copy of each exercise it uses;
        after editing one here, update the copy in the program’s editor.
      </p>
      {list.notInLibrary.map((program) => (
        <div
          key={program.programId}
          className="flex flex-wrap items-center gap-3 rounded-lg border-l-4 border-warn-700 bg-warn-50 p-3 text-warn-700"
        >
          <p className="flex-1">
            “{program.title}” uses {program.count} {program.count === 1 ? "exercise" : "exercises"}{" "}
            that the library does not have yet.
          </p>
          <ImportButton programId={program.programId} title={program.title} />
        </div>
      ))}
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="exercise-search" className="text-sm font-medium text-slate-800">
            Search by name or slug
          </label>
          <input
            id="exercise-search"
            name="q"
            type="search"
            defaultValue={query}
            className="min-h-11 w-72 rounded-lg border border-slate-400 bg-white px-3"
          />
        </div>
        <button type="submit" className={buttonClasses("secondary")}>
          Search
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Exercises</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-3 py-2">
                Exercise
              </th>
              <th scope="col" className="px-3 py-2">
                Equipment
              </th>
              <th scope="col" className="px-3 py-2">
                Used in drafts
              </th>
              <th scope="col" className="px-3 py-2">
                Last saved
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.length === 0 && (
              <tr>
                <td colSpan={4} className="px-3 py-4 text-slate-700">
                  {query ? `No exercise matches “${query}”.` : "The library is empty."}
                </td>
              </tr>
            )}
            {list.items.map((exercise) => (
              <tr key={exercise.slug} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/exercises/${exercise.slug}`} className="text-brand-700 underline">
                    {exercise.name}
                  </Link>
                  <span className="block text-sm font-normal text-slate-600">
                    {exercise.summary}
                  </span>
                </th>
                <td className="px-3 py-2">{exercise.equipment.join(", ") || "None"}</td>
                <td className="px-3 py-2">{exercise.usedInDrafts}</td>
                <td className="px-3 py-2">{formatDateTime(exercise.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageSize={pageSize} total={list.total} noun="exercises" href={href} />
    </div>
  );
}
