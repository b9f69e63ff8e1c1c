import type { Metadata } from "next";
import Link from "next/link";

import type { AdminOutputs } from "@phasewise/api";
import { buttonClasses } from "@phasewise/ui";

import { Pager } from "~/components/pager";
import { formatDateTime } from "~/lib/format";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

const pageSize = 50;

const actionNames: Record<string, string> = {
  "program.draft.save": "Saved a draft",
  "program.publish": "Published a version",
  "program.archive": "Archived a program",
  "program.unarchive": "Unarchived a program",
  "exercise.create": "Created an exercise",
  "exercise.update": "Updated an exercise",
  "exercise.import": "Imported an exercise",
  "enrollment.migrate": "Moved an enrolment",
  "user.role.set": "Changed a role",
  "customer.access.grant": "Granted access",
  "customer.access.revoke": "Revoked access",
  "customer.purchase.refund": "Refunded a purchase",
  "customer.sign-in-link.send": "Sent a sign-in link",
};

type Entry = AdminOutputs["audit"]["list"]["items"][number];

interface Change {
  summary?: unknown;
}

function changesOf(value: unknown): string[] | null {
  const changes = (value as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes)) return null;
  return changes.map((change: Change) =>
    typeof change.summary === "string" ? change.summary : "Change",
  );
}

/** When a burst of autosaves began (its entry's time is the latest save), if it has several. */
function firstSavedAtOf(entry: Entry): Date | null {
  const first = (entry.after as { firstSavedAt?: unknown } | null)?.firstSavedAt;
  if (entry.action !== "program.draft.save" || typeof first !== "string") return null;
  const date = new Date(first);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The latest save's time, and for a burst of saves when it began. */
function When({ entry }: { entry: Entry }) {
  const first = savesOf(entry) > 1 ? firstSavedAtOf(entry) : null;
  return (
    <>
      {formatDateTime(entry.at)}
      {first && (
        <span className="block text-sm text-slate-600">first at {formatDateTime(first)}</span>
      )}
    </>
  );
}

/** A draft save's entry stands for a burst of autosaves; "(3 saves)" when it is more than one. */
function savesOf(entry: Entry): number {
  const saves = (entry.after as { saves?: unknown } | null)?.saves;
  return entry.action === "program.draft.save" && typeof saves === "number" ? saves : 1;
}

function Details({ entry }: { entry: Entry }) {
  const changes = changesOf(entry.after);
  const after = entry.after as Record<string, unknown> | null;
  const before = entry.before as Record<string, unknown> | null;
  // Changes the entry itself left out (capped when it was written), on top of the 8 shown here.
  const leftOut = typeof after?.moreChanges === "number" ? after.moreChanges : 0;
  const hidden = Math.max(0, (changes?.length ?? 0) - 8) + leftOut;
  return (
    <div className="flex flex-col gap-1 text-sm">
      {entry.action === "program.draft.save" && (
        <p>
          Revision {String(before?.revision)} → {String(after?.revision)}
          {typeof after?.problems === "number" && after.problems > 0
            ? ` · ${after.problems} ${after.problems === 1 ? "problem" : "problems"} left`
            : ""}
        </p>
      )}
      {(entry.action === "program.archive" || entry.action === "program.unarchive") &&
        typeof after?.enrolled === "number" && (
          <p>
            {after.enrolled} enrolled {after.enrolled === 1 ? "customer keeps" : "customers keep"}{" "}
            their access
          </p>
        )}
      {entry.action === "program.publish" && (
        <p>
          Version {String(after?.version)}: “{String(after?.changelog)}”
        </p>
      )}
      {entry.action === "enrollment.migrate" && (
        <p>
          Version {String(before?.version)} → {String(after?.version)}
        </p>
      )}
      {changes && changes.length > 0 && (
        <ul className="list-disc pl-5">
          {changes.slice(0, 8).map((summary, index) => (
            <li key={index}>{summary}</li>
          ))}
          {hidden > 0 && <li>and {hidden} more</li>}
        </ul>
      )}
      <details>
        <summary className="cursor-pointer text-brand-700 underline">Before and after</summary>
        <div className="grid gap-2 lg:grid-cols-2">
          <pre
            className="max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs"
            aria-label="Before"
          >
            {JSON.stringify(entry.before, null, 2)}
          </pre>
          <pre
            className="max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs"
            aria-label="After"
          >
            {JSON.stringify(entry.after, null, 2)}
          </pre>
        </div>
      </details>
    </div>
  );
}

interface Props {
  searchParams: Promise<{ action?: string; targetType?: string; targetId?: string; page?: string }>;
}

export default async function AuditPage({ searchParams }: Props) {
  await requireAdmin("/audit");
  const params = await searchParams;
  const page = params.page && /^\d+$/.test(params.page) ? Math.max(1, Number(params.page)) : 1;
  const nonEmpty = (value: string | undefined, max: number) =>
    value && value.trim() !== "" ? value.trim().slice(0, max) : undefined;
  const filters = {
    action: nonEmpty(params.action, 100),
    targetType: nonEmpty(params.targetType, 50),
    targetId: nonEmpty(params.targetId, 200),
  };
  const log = await (await serverCaller()).audit.list({ ...filters, page, pageSize });
  const href = (target: number) =>
    `/audit?${new URLSearchParams(
      Object.entries({ ...filters, page: String(target) }).filter(
        (pair): pair is [string, string] => !!pair[1],
      ),
    ).toString()}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-slate-700">
        Every admin action: who did what, when, and the state before and after.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-action" className="text-sm font-medium text-slate-800">
            Action
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={filters.action ?? ""}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
          >
            <option value="">All actions</option>
            {log.actions.map((action) => (
              <option key={action} value={action}>
                {actionNames[action] ?? action} ({action})
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-target-type" className="text-sm font-medium text-slate-800">
            Target type
          </label>
          <select
            id="audit-target-type"
            name="targetType"
            defaultValue={filters.targetType ?? ""}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
          >
            <option value="">All</option>
            <option value="program">Program</option>
            <option value="exercise">Exercise</option>
            <option value="enrollment">Enrolment</option>
            <option value="user">User</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-target-id" className="text-sm font-medium text-slate-800">
            Target id or slug
          </label>
          <input
            id="audit-target-id"
            name="targetId"
            defaultValue={filters.targetId ?? ""}
            className="min-h-11 w-80 rounded-lg border border-slate-400 bg-white px-3"
          />
        </div>
        <button type="submit" className={buttonClasses("secondary")}>
          Filter
        </button>
        {(filters.action ?? filters.targetType ?? filters.targetId) && (
          <Link href="/audit" className="min-h-11 py-2 underline">
            Clear filters
          </Link>
        )}
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Audit log entries, newest first</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-3 py-2">
                When
              </th>
              <th scope="col" className="px-3 py-2">
                Who
              </th>
              <th scope="col" className="px-3 py-2">
                Action
              </th>
              <th scope="col" className="px-3 py-2">
                Target
              </th>
              <th scope="col" className="px-3 py-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody>
            {log.items.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-4 text-slate-700">
                  No entries.
                </td>
              </tr>
            )}
            {log.items.map((entry) => (
              <tr key={entry.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <When entry={entry} />
                </td>
                <td className="px-3 py-2">
                  {entry.actor ? (entry.actor.name ?? entry.actor.email) : "Deleted user"}
                </td>
                <td className="px-3 py-2">
                  {actionNames[entry.action] ?? entry.action}
                  {savesOf(entry) > 1 && ` (${savesOf(entry)} saves)`}
                  <span className="block text-sm text-slate-600">{entry.action}</span>
                </td>
                <td className="px-3 py-2">
                  {entry.targetLabel ?? entry.targetId ?? "—"}
                  <span className="block text-sm text-slate-600">{entry.targetType}</span>
                </td>
                <td className="px-3 py-2">
                  <Details entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={page}
        pageSize={pageSize}
        total={log.total}
        noun="entries"
        href={href}
        previousLabel="Newer entries"
        nextLabel="Older entries"
      />
    </div>
  );
}
