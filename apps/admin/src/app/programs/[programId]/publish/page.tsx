import type { Metadata } from "next";
import Link from "next/link";

import { Notice } from "@phasewise/ui";

import { ChangeList } from "~/components/change-list";
import { formatDateTime } from "~/lib/format";
import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";
import { PublishForm } from "./publish-form";

export const metadata: Metadata = { title: "Publish" };

interface Props {
  params: Promise<{ programId: string }>;
}

export default async function PublishPage({ params }: Props) {
  const { programId } = await params;
  const here = `/programs/${programId}/publish`;
  await requireAdmin(here);
  const caller = await serverCaller();
  const [program, diff] = await Promise.all([
    callOrNotFound(() => caller.programs.get({ programId }), here),
    callOrNotFound(() => caller.programs.diff({ programId }), here),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">
          <Link href="/programs" className="underline">
            Programs
          </Link>{" "}
          ›{" "}
          <Link href={`/programs/${programId}`} className="underline">
            {program.title}
          </Link>{" "}
          › Publish
        </p>
        <h1 className="text-2xl font-semibold">Publish version {diff.nextVersion}</h1>
        <p className="text-slate-700">
          {diff.from
            ? `What changes for customers compared with version ${diff.from.version} (published ${formatDateTime(diff.from.publishedAt)}).`
            : "This will be the first published version."}{" "}
          Published versions never change; customers already enrolled stay on theirs until you move
          them.
        </p>
      </header>

      {diff.problems.length > 0 ? (
        <Notice
          tone="danger"
          title={`The draft has ${diff.problems.length} ${diff.problems.length === 1 ? "problem" : "problems"}: it cannot be published yet`}
        >
          <ul className="list-disc pl-5">
            {diff.problems.slice(0, 20).map((problem, index) => (
              <li key={index}>
                {problem.path.join(".")}: {problem.message}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={`/programs/${programId}`} className="underline">
              Fix them in the editor
            </Link>
            .
          </p>
        </Notice>
      ) : null}

      <section aria-labelledby="changes-heading" className="flex flex-col gap-3">
        <h2 id="changes-heading" className="text-xl font-semibold">
          {diff.changes.length === 0
            ? "No changes"
            : `${diff.changes.length} ${diff.changes.length === 1 ? "change" : "changes"}`}
        </h2>
        {diff.changes.length === 0 ? (
          <p className="text-slate-700">
            The draft is the same as version {diff.from?.version}. There is nothing to publish.
          </p>
        ) : (
          <ChangeList changes={diff.changes} />
        )}
      </section>

      {diff.problems.length === 0 && diff.changes.length > 0 && (
        <PublishForm
          programId={programId}
          revision={diff.revision}
          nextVersion={diff.nextVersion}
        />
      )}
    </div>
  );
}
