"use client";

/**
 * Archive or unarchive a program, with a confirm step that says what it does to customers:
 * archiving takes it off the storefront (not listed, not sold, not startable by anyone new) while
 * customers who already have access keep it, enrolled or not started yet. Used on the programs
 * list and in the editor. Focus moves to the confirm step's heading when it opens and back to the
 * button when it closes; the outcome is announced through a live region that is always there.
 */
import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import type { AdminOutputs } from "@phasewise/api";
import { Button } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

type Archived = AdminOutputs["programs"]["archive"]["archived"];

interface Props {
  programId: string;
  title: string;
  archived: boolean;
  /** Customers enrolled in the program. */
  enrolled: number;
  /** Customers who may open it but have not started it yet. */
  notStarted: number;
  /** Called with the new state once saved (server-rendered pages refresh themselves). */
  onChange?: (archived: Archived) => void;
}

function customers(count: number): string {
  return count === 1 ? "The 1 customer" : `The ${count} customers`;
}

/** Who keeps the program once it is archived. */
export function whoKeepsIt(enrolled: number, notStarted: number): string {
  if (enrolled === 0 && notStarted === 0) return "Nobody is enrolled in it or has access to it.";
  if (notStarted === 0)
    return `${customers(enrolled)} already enrolled keep their access, sessions and progress.`;
  const waiting = `${notStarted === 1 ? "1 customer" : `${notStarted} customers`} with access who ${
    notStarted === 1 ? "has" : "have"
  } not started yet`;
  if (enrolled === 0)
    return `Nobody is enrolled in it yet. ${waiting} ${notStarted === 1 ? "keeps" : "keep"} that access and can still start it.`;
  return `${customers(enrolled)} already enrolled and ${notStarted} more with access who have not started yet keep their access, sessions and progress, and can still start it.`;
}

export function ArchiveControl(props: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  // How many times the confirm step closed: focus returns to the button then, not on first render.
  const [closes, setCloses] = useState(0);
  const [archived, setArchived] = useState(props.archived);
  const [outcome, setOutcome] = useState("");
  const close = () => {
    setCloses((count) => count + 1);
    setConfirming(false);
  };
  const done = (result: { archived: Archived }) => {
    setArchived(result.archived !== null);
    setOutcome(`“${props.title}” ${result.archived ? "archived" : "unarchived"}.`);
    close();
    props.onChange?.(result.archived);
    router.refresh();
  };
  const archive = useMutation(trpc.programs.archive.mutationOptions({ onSuccess: done }));
  const unarchive = useMutation(trpc.programs.unarchive.mutationOptions({ onSuccess: done }));
  const pending = archive.isPending || unarchive.isPending;
  const error = archive.error ?? unarchive.error;
  const verb = archived ? "Unarchive" : "Archive";

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (closes > 0) triggerRef.current?.focus();
  }, [confirming, closes]);

  // Present before any message, so screen readers announce what appears in it.
  const liveRegion = (
    <div role="status" aria-live="polite" className="sr-only">
      {!confirming && outcome}
    </div>
  );

  if (!confirming) {
    return (
      <>
        <Button
          ref={triggerRef}
          tone="secondary"
          onClick={() => {
            archive.reset();
            unarchive.reset();
            setOutcome("");
            setConfirming(true);
          }}
          aria-label={`${verb} ${props.title}`}
        >
          {verb}
        </Button>
        {liveRegion}
      </>
    );
  }

  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="flex max-w-md flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 text-left"
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-base font-semibold">
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
          {whoKeepsIt(props.enrolled, props.notStarted)} You can still edit it here, and unarchive
          it at any time.
        </p>
      )}
      {/* Always rendered (empty until it fails), so the error is announced when it appears; the
          notice's own role="alert" would only exist from the moment the message does. */}
      <div role="alert">
        {error && (
          <div className="rounded-lg border-l-4 border-danger-600 bg-danger-50 p-4 text-danger-700">
            <p className="font-semibold">Not {archived ? "unarchived" : "archived"}</p>
            <p className="mt-1">{error.message}</p>
          </div>
        )}
      </div>
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
        <Button tone="secondary" disabled={pending} onClick={close}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
