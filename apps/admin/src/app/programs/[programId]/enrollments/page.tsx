import type { Metadata } from "next";
import Link from "next/link";

import { Notice } from "@phasewise/ui";

import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";
import { MigrateForm } from "./migrate-form";

export const metadata: Metadata = { title: "Move enrolments" };

interface Props {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ to?: string }>;
}

export default async function EnrollmentsPage({ params, searchParams }: Props) {
  const { programId } = await params;
  const { to } = await searchParams;
  const here = `/programs/${programId}/enrollments`;
  await requireAdmin(here);
  const caller = await serverCaller();
  const program = await callOrNotFound(() => caller.programs.get({ programId }), here);
  const latest = program.latestVersion?.version;
  const toVersion = to && /^\d+$/.test(to) ? Number(to) : latest;
  const header = (
    <header className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        <Link href="/programs" className="underline">
          Programs
        </Link>{" "}
        ›{" "}
        <Link href={`/programs/${programId}`} className="underline">
          {program.title}
        </Link>{" "}
        › Enrolments
      </p>
      <h1 className="text-2xl font-semibold">Move enrolments to a newer version</h1>
      <p className="text-slate-700">
        Customers stay on the version they started. Moving them keeps their phase and the sessions
        they completed in it, matched by keys; enrolments whose place no longer exists must stay.
      </p>
    </header>
  );
  if (toVersion === undefined) {
    return (
      <div className="flex flex-col gap-6">
        {header}
        <Notice tone="info">This program has no published version yet.</Notice>
      </div>
    );
  }
  const plan = await callOrNotFound(
    () => caller.enrollments.migrationPlan({ programId, toVersion }),
    here,
  );
  return (
    <div className="flex flex-col gap-6">
      {header}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="to-version" className="text-sm font-medium text-slate-800">
            Move to
          </label>
          <select
            id="to-version"
            name="to"
            defaultValue={toVersion}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
          >
            {plan.versions.map((version) => (
              <option key={version.version} value={version.version}>
                Version {version.version}: {version.changelog}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 font-medium"
        >
          Show
        </button>
      </form>
      <p>
        {plan.total === 0
          ? `No enrolments are on a version older than ${toVersion}.`
          : `${plan.total} ${plan.total === 1 ? "enrolment is" : "enrolments are"} on older versions: ${plan.movable} can move, ${plan.blocked} cannot.`}
      </p>
      {plan.groups.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <caption className="px-3 py-2 text-left font-semibold">By version and phase</caption>
            <thead className="bg-slate-100 text-sm">
              <tr>
                <th scope="col" className="px-3 py-2">
                  From version
                </th>
                <th scope="col" className="px-3 py-2">
                  Current phase
                </th>
                <th scope="col" className="px-3 py-2">
                  Enrolments
                </th>
                <th scope="col" className="px-3 py-2">
                  Verdict
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.groups.map((group) => (
                <tr
                  key={`${group.fromVersion}-${group.phaseKey}`}
                  className="border-t border-slate-200"
                >
                  <td className="px-3 py-2">{group.fromVersion}</td>
                  <td className="px-3 py-2">{group.phaseKey}</td>
                  <td className="px-3 py-2">{group.count}</td>
                  <td className="px-3 py-2">
                    {group.ok ? "Can move" : `Cannot move: ${group.message ?? ""}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {/* Always mounted: after a move the refreshed plan is empty, and the form keeps showing
          what was moved instead of vanishing with its result. */}
      <MigrateForm
        programId={programId}
        toVersion={toVersion}
        enrollments={plan.enrollments}
        truncated={plan.truncated}
      />
    </div>
  );
}
