import type { Metadata } from "next";
import Link from "next/link";

import type { AdminOutputs } from "@phasewise/api";
import { Button, Notice } from "@phasewise/ui";

import { callOrNotFound } from "~/server/call-or-not-found";
import { requireAdmin } from "~/server/require-admin";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Preview a session" };

interface Props {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ session?: string; version?: string; dose?: string }>;
}

type Step = AdminOutputs["programs"]["preview"]["steps"][number];

const kindNames: Record<Step["kind"], string> = {
  "get-ready": "Get ready",
  hold: "Hold",
  reps: "Reps",
  rest: "Rest",
  "switch-side": "Switch side",
  "change-position": "Change position",
};

function stepAmount(step: Step): string {
  if (step.kind === "reps") return `${step.count ?? 0} reps, self-paced`;
  if (step.seconds !== undefined) return `${step.seconds} s`;
  return "";
}

/** Consecutive steps of one prescription, so each exercise reads as a block. */
function groupSteps(steps: Step[]) {
  const groups: { prescriptionId: string; exerciseName: string; first: number; steps: Step[] }[] =
    [];
  for (const [index, step] of steps.entries()) {
    const last = groups.at(-1);
    if (last?.prescriptionId === step.prescriptionId) last.steps.push(step);
    else
      groups.push({
        prescriptionId: step.prescriptionId,
        exerciseName: step.exerciseName,
        first: index,
        steps: [step],
      });
  }
  return groups;
}

export default async function PreviewPage({ params, searchParams }: Props) {
  const { programId } = await params;
  const query = await searchParams;
  const here = `/programs/${programId}/preview`;
  await requireAdmin(here);
  const caller = await serverCaller();
  const program = await callOrNotFound(() => caller.programs.get({ programId }), here);
  const version = query.version && /^\d+$/.test(query.version) ? Number(query.version) : undefined;
  const dose = query.dose === "high" ? "high" : "low";
  const draftSessions = (program.draft as { sessions?: { key?: unknown }[] }).sessions ?? [];
  const sessionKey =
    query.session ??
    draftSessions.map((session) => session.key).find((key) => typeof key === "string");
  if (typeof sessionKey !== "string") {
    return (
      <Notice tone="warning" title="No sessions to preview">
        Add a session in the{" "}
        <Link href={`/programs/${programId}`} className="underline">
          editor
        </Link>{" "}
        first.
      </Notice>
    );
  }
  const preview = await callOrNotFound(
    () => caller.programs.preview({ programId, sessionKey, version, dose }),
    here,
  );
  const sourceName =
    preview.source.kind === "draft" ? "the draft" : `version ${preview.source.version}`;
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
          › Preview
        </p>
        <h1 className="text-2xl font-semibold">Preview: {preview.session.title}</h1>
        <p className="text-slate-700">
          Exactly the steps the customer’s player runs for this session of {sourceName}, with the
          same time estimate.
        </p>
      </header>

      <form
        method="get"
        className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="preview-session" className="text-sm font-medium text-slate-800">
            Session
          </label>
          <select
            id="preview-session"
            name="session"
            defaultValue={preview.session.key}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
          >
            {preview.sessions.map((session) => (
              <option key={session.key} value={session.key}>
                {session.title || session.key}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="preview-version" className="text-sm font-medium text-slate-800">
            From
          </label>
          <select
            id="preview-version"
            name="version"
            defaultValue={version ?? ""}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
          >
            <option value="">The draft</option>
            {program.versions.map((item) => (
              <option key={item.version} value={item.version}>
                Version {item.version}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="preview-dose" className="text-sm font-medium text-slate-800">
            Dose
          </label>
          <select
            id="preview-dose"
            name="dose"
            defaultValue={dose}
            className="min-h-11 rounded-lg border border-slate-400 bg-white px-3"
          >
            <option value="low">Low end of every range (a first session)</option>
            <option value="high">High end of every range</option>
          </select>
        </div>
        <Button type="submit" tone="secondary">
          Show
        </Button>
      </form>

      {preview.problems.length > 0 ? (
        <Notice tone="danger" title="This session cannot run yet">
          <ul className="list-disc pl-5">
            {preview.problems.map((problem, index) => (
              <li key={index}>
                {problem.path.join(".")}: {problem.message}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            Fix these in the{" "}
            <Link href={`/programs/${programId}`} className="underline">
              editor
            </Link>
            .
          </p>
        </Notice>
      ) : (
        <>
          <p className="text-lg" data-testid="preview-estimate">
            About <strong>{preview.estimatedMinutes} minutes</strong> ({preview.estimatedSeconds}{" "}
            seconds) · {preview.steps.length} steps
          </p>
          {groupSteps(preview.steps).map((group, groupIndex) => (
            <section
              key={`${group.prescriptionId}-${groupIndex}`}
              aria-labelledby={`group-${groupIndex}`}
              className="flex flex-col gap-2"
            >
              <h2 id={`group-${groupIndex}`} className="text-lg font-semibold">
                {group.exerciseName}
              </h2>
              <p className="text-sm text-slate-700">
                {group.steps.length} steps · about{" "}
                {Math.max(
                  1,
                  Math.round(
                    group.steps.reduce((total, step) => total + step.estimatedSeconds, 0) / 60,
                  ),
                )}{" "}
                min
              </p>
              <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {group.steps.map((step, index) => {
                  const stepNumber = group.first + index + 1;
                  return (
                    <li key={index} className="flex flex-wrap items-baseline gap-3 px-3 py-2">
                      <span className="w-10 text-sm text-slate-600">{stepNumber}.</span>
                      <span className="w-36 font-medium">{kindNames[step.kind]}</span>
                      <span className="flex-1">{step.label}</span>
                      <span className="text-slate-700">{stepAmount(step)}</span>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
