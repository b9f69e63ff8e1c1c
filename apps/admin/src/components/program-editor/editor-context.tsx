"use client";

/**
 * What every part of the program editor shares: the draft being edited, one way to change it,
 * its validation problems by field path, which cards are open, screen-reader announcements, and
 * the exercise library.
 */
import type { ReactNode } from "react";
import { createContext, useContext } from "react";

import type { Exercise, Problem, ProgramDocument } from "@phasewise/domain";

import type { Path } from "~/lib/paths";

export interface LibraryEntry {
  slug: string;
  name: string;
}

export interface EditorApi {
  doc: ProgramDocument;
  /** Applies an edit; `announcement` is read out by screen readers (moves, adds, removes). */
  change: (edit: (doc: ProgramDocument) => ProgramDocument, announcement?: string) => void;
  setField: (path: Path, value: unknown) => void;
  /** Messages for exactly this path. */
  problemsAt: (path: Path) => string[];
  /** How many problems sit at or under this path (for the badge on a closed card). */
  problemsUnder: (path: Path) => number;
  /** The problems at or under this path, for places without a field per value. */
  problemListUnder: (path: Path) => Problem[];
  announce: (message: string) => void;
  isOpen: (cardId: string) => boolean;
  setOpen: (cardId: string, open: boolean) => void;
  /** Keeps a card open while its key is being edited (cards are identified by key). */
  renameCard: (from: string, to: string) => void;
  library: readonly LibraryEntry[];
  /** The library's current copy of each exercise the draft uses (for "update from library"). */
  libraryCopies: ReadonlyMap<string, Exercise>;
  /** Brings library exercises (and the ones they link to) into the draft. */
  addFromLibrary: (slug: string) => Promise<boolean>;
  /** Published keys: renaming them strands customers, so their fields warn. */
  publishedKeys: ReadonlySet<string>;
}

const EditorContext = createContext<EditorApi | null>(null);

export function EditorProvider({ value, children }: { value: EditorApi; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorApi {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error("useEditor needs the program editor around it");
  return editor;
}
