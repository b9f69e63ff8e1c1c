import type { Metadata } from "next";
import Link from "next/link";

import { Card } from "@phasewise/ui";

import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Programs" };

export default async function ProgramsPage() {
  const programs = await (await serverCaller()).programs.list();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Programs</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {programs.map((program) => (
          <li key={program.slug}>
            <Card className="flex h-full flex-col gap-3">
              <p className="text-sm font-medium text-brand-700">{program.condition}</p>
              <h2 className="text-xl font-semibold">
                <Link
                  href={`/programs/${program.slug}`}
                  className="underline-offset-4 hover:underline"
                >
                  {program.title}
                </Link>
              </h2>
              <p className="text-slate-700">{program.summary}</p>
              <p className="text-sm text-slate-600">
                {program.phases.length} phases · sessions of {program.sessionMinutes.min}–
                {program.sessionMinutes.max} min
              </p>
              {program.archived && (
                <p className="text-sm text-slate-600">
                  No longer offered to new customers. Your access and progress stay.
                </p>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
