"use client";

/** Pick the enrolments to move (all movable ones by default) and move them in one go. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import type { AdminOutputs } from "@phasewise/api";
import { Button, Notice } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

type Move = AdminOutputs["enrollments"]["migrationPlan"]["enrollments"][number];

export function MigrateForm(props: {
  programId: string;
  toVersion: number;
  enrollments: Move[];
  truncated: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const movable = props.enrollments.filter((item) => item.ok);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(movable.map((item) => item.id)),
  );
  const migrate = useMutation(
    trpc.enrollments.migrate.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const selected = movable.filter((item) => chosen.has(item.id)).map((item) => item.id);
  const allChosen = movable.length > 0 && selected.length === movable.length;
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const result = (
    <>
      {migrate.data && (
        <Notice
          tone={migrate.data.notMoved.length > 0 ? "warning" : "success"}
          title={`Moved ${migrate.data.moved.length} to version ${migrate.data.toVersion}`}
        >
          {migrate.data.notMoved.length > 0 && (
            <ul className="list-disc pl-5">
              {migrate.data.notMoved.map((item) => (
                <li key={item.id}>
                  {item.id}: {item.message}
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {migrate.error && (
        <Notice tone="danger" title="Nothing was moved">
          {migrate.error.message}
        </Notice>
      )}
    </>
  );
  if (props.enrollments.length === 0) return result;
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        migrate.mutate({
          programId: props.programId,
          toVersion: props.toVersion,
          enrollmentIds: selected,
        });
      }}
    >
      {result}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="px-3 py-2 text-left font-semibold">
            Enrolments on older versions{props.truncated ? " (the first 500)" : ""}
          </caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-3 py-2">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    className="size-5 accent-brand-700"
                    checked={allChosen}
                    disabled={movable.length === 0}
                    onChange={(event) =>
                      setChosen(new Set(event.target.checked ? movable.map((item) => item.id) : []))
                    }
                  />
                  <span>Move</span>
                </label>
              </th>
              <th scope="col" className="px-3 py-2">
                Customer
              </th>
              <th scope="col" className="px-3 py-2">
                On version
              </th>
              <th scope="col" className="px-3 py-2">
                Phase
              </th>
              <th scope="col" className="px-3 py-2">
                What happens
              </th>
            </tr>
          </thead>
          <tbody>
            {props.enrollments.map((item) => (
              <tr key={item.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    className="size-5 accent-brand-700"
                    aria-label={`Move ${item.user.email}`}
                    checked={chosen.has(item.id)}
                    disabled={!item.ok}
                    onChange={(event) => toggle(item.id, event.target.checked)}
                  />
                </td>
                <td className="px-3 py-2">
                  {item.user.name ?? "—"}
                  <span className="block text-sm text-slate-600">{item.user.email}</span>
                </td>
                <td className="px-3 py-2">{item.fromVersion}</td>
                <td className="px-3 py-2">
                  {item.currentPhaseKey}
                  <span className="block text-sm text-slate-600">
                    {item.completedSessions} sessions done
                  </span>
                </td>
                <td className="px-3 py-2">
                  {item.ok ? (
                    item.notes.length > 0 ? (
                      <ul className="list-disc pl-5 text-sm">
                        {item.notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    ) : (
                      "Moves as is"
                    )
                  ) : (
                    <span className="text-danger-700">Cannot move: {item.message}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button type="submit" disabled={selected.length === 0 || migrate.isPending}>
          {migrate.isPending ? "Moving…" : `Move ${selected.length} to version ${props.toVersion}`}
        </Button>
      </div>
    </form>
  );
}
