"use client";

/**
 * A collapsible card for one phase, session or exercise in a session: the title row holds the
 * reorder controls, a disclosure button, a problem count and actions; the fields show when open.
 */
import type { ButtonHTMLAttributes, ReactNode } from "react";

import { cn } from "@phasewise/ui";

import type { Path } from "~/lib/paths";
import { fieldId } from "~/lib/paths";
import { useEditor } from "./editor-context";

export function ProblemBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className="rounded-full bg-danger-50 px-2 py-0.5 text-sm font-semibold text-danger-700">
      {count} {count === 1 ? "problem" : "problems"}
    </span>
  );
}

export function EditorCard(props: {
  cardId: string;
  path: Path;
  title: string;
  subtitle?: string;
  level: 2 | 3 | 4 | 5;
  reorder?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  tone?: "plain" | "muted";
  /** Overrides the count of problems under `path` (for cards that gather several paths). */
  problemCount?: number;
}) {
  const editor = useEditor();
  const open = editor.isOpen(props.cardId);
  const id = fieldId(props.path);
  const problems = props.problemCount ?? editor.problemsUnder(props.path);
  const Heading = (["h2", "h3", "h4", "h5"] as const)[props.level - 2] ?? "h3";
  return (
    <section
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className={cn(
        "rounded-xl border bg-white shadow-sm",
        problems > 0 ? "border-danger-600" : "border-slate-200",
        props.tone === "muted" && "bg-slate-50",
      )}
    >
      <div className="flex flex-wrap items-center gap-2 p-3">
        {props.reorder}
        <Heading id={`${id}-title`} className="min-w-0 flex-1 text-base font-semibold">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? `${id}-body` : undefined}
            className="flex w-full min-w-0 items-center gap-2 rounded-lg px-2 py-2 text-left hover:bg-slate-50"
            onClick={() => editor.setOpen(props.cardId, !open)}
          >
            <span aria-hidden="true" className="text-slate-600">
              {open ? "▾" : "▸"}
            </span>
            <span className="min-w-0">
              <span className="block truncate">{props.title || "(untitled)"}</span>
              {props.subtitle && (
                <span className="block truncate text-sm font-normal text-slate-600">
                  {props.subtitle}
                </span>
              )}
            </span>
          </button>
        </Heading>
        <ProblemBadge count={problems} />
        {props.actions && <div className="flex flex-wrap gap-2">{props.actions}</div>}
      </div>
      {open && (
        <div id={`${id}-body`} className="flex flex-col gap-4 border-t border-slate-200 p-4">
          {props.children}
        </div>
      )}
    </section>
  );
}

export function SmallButton({
  children,
  tone = "secondary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { tone?: "secondary" | "danger" }) {
  return (
    <button
      type="button"
      {...props}
      className={cn(
        "min-h-11 rounded-lg border px-3 py-2 text-sm font-medium",
        tone === "danger"
          ? "border-danger-600 bg-white text-danger-700 hover:bg-danger-50"
          : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
        "disabled:cursor-not-allowed disabled:opacity-50",
        props.className,
      )}
    >
      {children}
    </button>
  );
}
