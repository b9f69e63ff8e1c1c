import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses } from "@phasewise/ui";

import { ArchiveControl } from "~/components/program-editor/archive-control";
import { ArchivedBadge } from "~/components/program-editor/archived-badge";
import { formatDateTime } from "~/lib/format";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Programs" };

const statusText = {
  "never-published": "Not published yet",
  "unpublished-changes": "Draft has unpublished changes",
  published: "Draft matches the published version",
} as const;

const filters = [
  { show: "all", label: "All" },
  { show: "active", label: "Active" },
  { show: "archived", label: "Archived" },
] as const;

type Show = (typeof filters)[number]["show"];

interface Props {
  searchParams: Promise<{ show?: string }>;
}

export default async function ProgramsPage({ searchParams }: Props) {
  await requireAdmin("/programs");
  const requested = (await searchParams).show;
  const show: Show = filters.find((filter) => filter.show === requested)?.show ?? "all";
  const programs = await (await serverCaller()).programs.list({ show });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Programs</h1>
        <Link href="/programs/new" className={buttonClasses()}>
          New program
        </Link>
      </div>
      <p className="text-slate-700">
        Edit a program’s draft, preview its sessions, and publish it as a new version. Customers
        stay on the version they started until you move them. An archived program is off the
        storefront; its enrolled customers keep going.
      </p>
      <nav aria-label="Show programs" className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <Link
            key={filter.show}
            href={filter.show === "all" ? "/programs" : `/programs?show=${filter.show}`}
            aria-current={filter.show === show ? "page" : undefined}
            className={buttonClasses(filter.show === show ? "primary" : "secondary")}
          >
            {filter.label}
          </Link>
        ))}
      </nav>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Programs</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-3 py-2">
                Program
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2">
                Published
              </th>
              <th scope="col" className="px-3 py-2">
                Enrolled customers
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {programs.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-4 text-slate-700">
                  {show === "archived" ? "No archived programs." : "No programs."}
                </td>
              </tr>
            )}
            {programs.map((program) => (
              <tr key={program.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/programs/${program.id}`} className="text-brand-700 underline">
                    {program.title}
                  </Link>
                  {program.archived && <ArchivedBadge archived={program.archived} />}
                  <span className="block text-sm font-normal text-slate-600">{program.slug}</span>
                </th>
                <td className="px-3 py-2">
                  {statusText[program.status]}
                  <span className="block text-sm text-slate-600">
                    Draft saved {formatDateTime(program.draftUpdatedAt)}
                  </span>
                </td>
                <td className="px-3 py-2">
                  {program.latestVersion ? (
                    <>
                      Version {program.latestVersion.version}
                      <span className="block text-sm text-slate-600">
                        {formatDateTime(program.latestVersion.publishedAt)}
                      </span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="px-3 py-2">
                  {program.enrolled}
                  {program.onOlderVersions > 0 && (
                    <Link
                      href={`/programs/${program.id}/enrollments`}
                      className="block text-sm text-brand-700 underline"
                    >
                      {program.onOlderVersions} on older versions
                    </Link>
                  )}
                </td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap gap-x-4 gap-y-1 text-brand-700">
                    <Link
                      href={`/programs/${program.id}`}
                      className="underline"
                      aria-label={`Edit ${program.title}`}
                    >
                      Edit
                    </Link>
                    <Link
                      href={`/programs/${program.id}/preview`}
                      className="underline"
                      aria-label={`Preview ${program.title}`}
                    >
                      Preview
                    </Link>
                    <Link
                      href={`/programs/${program.id}/publish`}
                      className="underline"
                      aria-label={`Publish ${program.title}`}
                    >
                      Publish
                    </Link>
                    <Link
                      href={`/programs/${program.id}/enrollments`}
                      className="underline"
                      aria-label={`Enrolments of ${program.title}`}
                    >
                      Enrolments
                    </Link>
                  </div>
                  <div className="mt-2">
                    <ArchiveControl
                      programId={program.id}
                      title={program.title}
                      archived={program.archived !== null}
                      enrolled={program.enrolled}
                      notStarted={program.notStarted}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
