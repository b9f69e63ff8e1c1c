"use client";

/**
 * An "Archive…" button that opens a confirm step saying what archiving does, then runs the
 * archive. Focus moves into the step and back to the button on cancel, so it works by keyboard.
 */
import type { ReactNode } from "react";
import { useEffect, useId, useState } from "react";

import { Button, Notice } from "@phasewise/ui";

export function ConfirmArchive(props: {
  /** What is archived, for the buttons' accessible names ("$79.00 one-time"). */
  subject: string;
  /** What archiving does, shown in the confirm step. */
  children: ReactNode;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const openerId = useId();
  const confirmId = useId();
  useEffect(() => {
    if (open) document.getElementById(confirmId)?.focus();
  }, [open, confirmId]);

  if (!open) {
    return (
      <Button
        id={openerId}
        tone="secondary"
        aria-label={`Archive ${props.subject}…`}
        onClick={() => setOpen(true)}
      >
        Archive…
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-danger-600 bg-danger-50 p-3"
    >
      <p id={headingId} className="font-semibold text-danger-700">
        Archive {props.subject}?
      </p>
      <div className="text-sm text-slate-800">{props.children}</div>
      <div className="flex flex-wrap gap-2">
        <Button
          id={confirmId}
          tone="danger"
          disabled={props.pending}
          onClick={props.onConfirm}
          aria-label={`Yes, archive ${props.subject}`}
        >
          {props.pending ? "Archiving…" : "Yes, archive"}
        </Button>
        <Button
          tone="ghost"
          onClick={() => {
            setOpen(false);
            requestAnimationFrame(() => document.getElementById(openerId)?.focus());
          }}
        >
          Cancel
        </Button>
      </div>
      {props.error && <Notice tone="danger">{props.error}</Notice>}
    </div>
  );
}
