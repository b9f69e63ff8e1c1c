/** New program: a title and address, starting from a skeleton or a copy of another program. */
import type { Metadata } from "next";
import Link from "next/link";

import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";
import { NewProgramForm } from "./new-program-form";

export const metadata: Metadata = { title: "New program" };

export default async function NewProgramPage() {
  await requireAdmin("/programs/new");
  const programs = await (await serverCaller()).programs.list();
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        <Link href="/programs" className="underline">
          Programs
        </Link>{" "}
        › New
      </p>
      <h1 className="text-2xl font-semibold">New program</h1>
      <p className="text-slate-700">
        The program starts as a draft that only admins see. It can be saved with problems; publish
        it once every problem is fixed.
      </p>
      <NewProgramForm
        programs={programs.map((program) => ({
          id: program.id,
          title: program.title,
          slug: program.slug,
        }))}
      />
    </div>
  );
}
