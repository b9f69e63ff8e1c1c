"use client";

/**
 * Archive or unarchive a program, with a confirm step that says what it does to customers:
 * archiving takes it off the storefront (not listed, not sold, not startable by newcomers) while
 * enrolled customers keep going. Used on the programs list and in the editor.
 */
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import type { AdminOutputs } from "@phasewise/api";
import { Button, Notice } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

type Archived = AdminOutputs["programs"]["archive"]["archived"];

interface Props {
  programId: string;
  title: string;
  archived: boolean;
  enrolled: number;
  /** Called with the new state once saved (server-rendered pages refresh themselves). */
  onChange?: (archived: Archived) => void;
}

function customers(count: number): string {
  return count === 1 ? "The 1 customer" : `The ${count} customers`;
}

export function ArchiveControl(props: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [archived, setArchived] = useState(props.archived);
  const done = (result: { archived: Archived }) => {
    setArchived(result.archived !== null);
    setConfirming(false);
    props.onChange?.(result.archived);
    router.refresh();
  };
  const archive = useMutation(trpc.programs.archive.mutationOptions({ onSuccess: done }));
  const unarchive = useMutation(trpc.programs.unarchive.mutationOptions({ onSuccess: done }));
  const pending = archive.isPending || unarchive.isPending;
  const error = archive.error ?? unarchive.error;
  const verb = archived ? "Unarchive" : "Archive";

  if (!confirming) {
    return (
      <Button
        tone="secondary"
        onClick={() => {
          archive.reset();
          unarchive.reset();
          setConfirming(true);
        }}
        aria-label={`${verb} ${props.title}`}
      >
        {verb}
      </Button>
    );
  }

  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="flex max-w-md flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 text-left"
    >
      <h2 id={headingId} className="text-base font-semibold">
        {verb} “{props.title}”?
      </h2>
      {archived ? (
        <p className="text-sm text-slate-700">
          It returns to the storefront catalog on its latest published version, and new customers
          can buy and start it again.
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          It disappears from the storefront catalog, and nobody new can buy or start it.{" "}
          {props.enrolled > 0
            ? `${customers(props.enrolled)} already enrolled keep their access, sessions and progress.`
            : "Nobody is enrolled in it."}{" "}
          You can still edit it here, and unarchive it at any time.
        </p>
      )}
      {error && (
        <Notice tone="danger" title={`Not ${archived ? "unarchived" : "archived"}`}>
          {error.message}
        </Notice>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          tone={archived ? "primary" : "danger"}
          disabled={pending}
          onClick={() =>
            archived
              ? unarchive.mutate({ programId: props.programId })
              : archive.mutate({ programId: props.programId })
          }
        >
          {pending ? `${verb.replace(/e$/, "")}ing…` : `${verb} program`}
        </Button>
        <Button tone="secondary" disabled={pending} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
