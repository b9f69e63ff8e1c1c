"use client";

/**
 * Autosave of the draft: a moment after the last edit the whole draft is saved with the revision
 * it was based on. If another admin saved first the server refuses (CONFLICT) and autosave stops
 * until the author chooses: load their version, or deliberately overwrite it with this one.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";

import type { ProgramDocument } from "@phasewise/domain";

import { errorCodeOf } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

export function useAutosave(options: {
  programId: string;
  revision: number;
  doc: ProgramDocument;
  delayMs?: number;
}) {
  const { programId, doc } = options;
  const delayMs = options.delayMs ?? 1200;
  const trpc = useTRPC();
  const { mutateAsync } = useMutation(trpc.programs.saveDraft.mutationOptions());
  const [savedDoc, setSavedDoc] = useState(doc);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [revision, setRevision] = useState(options.revision);
  const revisionRef = useRef(options.revision);
  const latest = useRef(doc);
  const inFlight = useRef(false);
  const blocked = useRef(false);

  useEffect(() => {
    latest.current = doc;
  }, [doc]);

  const flush = useCallback(async () => {
    if (inFlight.current || blocked.current) return;
    const sending = latest.current;
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await mutateAsync({
        programId,
        revision: revisionRef.current,
        draft: sending,
      });
      revisionRef.current = result.revision;
      setRevision(result.revision);
      setSavedDoc(sending);
      setState({ kind: "saved", at: result.savedAt });
    } catch (error) {
      const message = error instanceof Error ? error.message : "The draft could not be saved.";
      if (errorCodeOf(error) === "CONFLICT") {
        blocked.current = true;
        setState({ kind: "conflict", message });
      } else {
        setState({ kind: "error", message });
      }
    } finally {
      inFlight.current = false;
    }
  }, [mutateAsync, programId]);

  const dirty = doc !== savedDoc;

  useEffect(() => {
    if (!dirty || blocked.current) return;
    const timer = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer);
  }, [doc, savedDoc, dirty, flush, delayMs]);

  // Leaving with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  /** After a conflict: save this draft over the latest revision, knowingly. */
  const overwrite = useCallback(
    (latestRevision: number) => {
      revisionRef.current = latestRevision;
      blocked.current = false;
      return flush();
    },
    [flush],
  );

  return { state, dirty, revision, saveNow: flush, overwrite };
}
