"use client";

/** The autosave status, announced politely: saving, saved, unsaved, or why it could not save. */
import type { SaveState } from "./use-autosave";
import { formatDateTime } from "~/lib/format";
import { SmallButton } from "./editor-card";

export function SaveStatus(props: {
  state: SaveState;
  dirty: boolean;
  onRetry: () => void;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  const { state, dirty } = props;
  if (state.kind === "conflict") {
    return (
      <div
        role="alert"
        className="flex flex-col gap-2 rounded-lg border-l-4 border-danger-600 bg-danger-50 p-3 text-danger-700"
      >
        <p className="font-semibold">Conflict: your latest changes are not saved.</p>
        <p>{state.message}</p>
        <div className="flex flex-wrap gap-2">
          <SmallButton onClick={props.onReload}>Reload their version (discard mine)</SmallButton>
          <SmallButton tone="danger" onClick={props.onOverwrite}>
            Keep mine (overwrite theirs)
          </SmallButton>
        </div>
      </div>
    );
  }
  const text =
    state.kind === "error"
      ? `Not saved: ${state.message}`
      : state.kind === "saving"
        ? "Saving…"
        : dirty
          ? "Unsaved changes"
          : state.kind === "saved"
            ? `Saved ${formatDateTime(state.at)}`
            : "All changes saved";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p
        role="status"
        data-testid="save-status"
        className={
          state.kind === "error" ? "font-medium text-danger-700" : "font-medium text-slate-800"
        }
      >
        {text}
      </p>
      {(state.kind === "error" || dirty) && state.kind !== "saving" && (
        <SmallButton onClick={props.onRetry}>
          {state.kind === "error" ? "Try again" : "Save now"}
        </SmallButton>
      )}
    </div>
  );
}
