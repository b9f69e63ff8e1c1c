"use client";

/**
 * The program editor: the draft's details, phases, sessions, exercises, assessments and
 * screening questions, validated as you type (the
 * domain's `validateProgram`, messages at their fields), autosaved with optimistic concurrency,
 * with every structural edit announced to screen readers.
 */
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import Link from "next/link";
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";

import { buttonClasses } from "@phasewise/ui";

import type { EditorApi } from "./editor-context";
import type { TGetProgram } from "./types";
import type { Path } from "~/lib/paths";
import { setAt } from "~/lib/paths";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { ArchiveControl } from "./archive-control";
import { ArchivedBadge } from "./archived-badge";
import { AssessmentsSection } from "./assessments-section";
import { checkDraft, indexProblems } from "./check-draft";
import { EditorCard } from "./editor-card";
import { EditorProvider } from "./editor-context";
import { EditorNav } from "./editor-nav";
import { normalizeDraft } from "./normalize-draft";
import { PhasesSection } from "./phases-section";
import { ProblemSummary } from "./problem-summary";
import { ProgramDetails, programFields } from "./program-details";
import { ProgramExercises } from "./program-exercises";
import { cardsAlong, focusNearest } from "./reveal";
import { SaveStatus } from "./save-status";
import { ScreeningSection } from "./screening-section";
import { SessionsSection } from "./sessions-section";
import { useAutosave } from "./use-autosave";
import { useLibrary } from "./use-library";

function EditorSession({
  program,
  onReload,
}: {
  program: TGetProgram;
  onReload: () => Promise<void>;
}) {
  const trpc = useTRPC();
  const trpcClient = useTRPCClient();
  const queryClient = useQueryClient();
  const [doc, setDoc] = useState(() => normalizeDraft(program.draft));
  const [open, setOpenCards] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState("");
  const checked = useDeferredValue(doc);
  const problems = useMemo(() => checkDraft(checked, program.slug), [checked, program.slug]);
  const problemIndex = useMemo(() => indexProblems(problems), [problems]);
  const autosave = useAutosave({ programId: program.id, revision: program.revision, doc });

  const announce = useCallback((message: string) => {
    // Clearing first makes a repeated message ("Moved … to position 2") be read again.
    setAnnouncement("");
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  const { library, libraryCopies, addFromLibrary } = useLibrary({ doc, setDoc, announce });

  const setOpen = useCallback((cardId: string, isOpen: boolean) => {
    setOpenCards((current) => {
      const next = new Set(current);
      if (isOpen) next.add(cardId);
      else next.delete(cardId);
      return next;
    });
  }, []);

  const publishedKeys = useMemo(
    () =>
      new Set([
        ...program.publishedKeys.phases.map((key) => `phase:${key}`),
        ...program.publishedKeys.sessions.map((key) => `session:${key}`),
        ...program.publishedKeys.assessments.map((key) => `assessment:${key}`),
        ...program.publishedKeys.screeningQuestions.map((key) => `question:${key}`),
      ]),
    [program.publishedKeys],
  );

  const editor: EditorApi = {
    doc,
    change: (edit, message) => {
      setDoc((current) => edit(current));
      if (message) announce(message);
    },
    setField: (path, value) => setDoc((current) => setAt(current, path, value)),
    problemsAt: problemIndex.at,
    problemsUnder: problemIndex.countUnder,
    problemListUnder: problemIndex.listUnder,
    announce,
    isOpen: (cardId) => open.has(cardId),
    setOpen,
    renameCard: (from, to) => {
      if (from === to || !open.has(from)) return;
      setOpenCards((current) => new Set([...current].filter((id) => id !== from)).add(to));
    },
    library,
    libraryCopies,
    addFromLibrary,
    publishedKeys,
  };

  const reveal = (path: Path) => {
    for (const card of cardsAlong(doc, path)) setOpen(card, true);
    focusNearest(path);
  };

  return (
    <EditorProvider value={editor}>
      <div
        className="flex flex-col gap-6"
        onKeyDown={(event) => {
          if ((event.metaKey || event.ctrlKey) && event.key === "s") {
            event.preventDefault();
            void autosave.saveNow();
          }
        }}
      >
        <header className="flex flex-col gap-2">
          <p className="text-sm text-slate-700">
            <Link href="/programs" className="underline">
              Programs
            </Link>{" "}
            › Draft
          </p>
          <h1 className="text-2xl font-semibold">
            Edit “{doc.title || program.title}”
            {program.archived && <ArchivedBadge archived={program.archived} />}
          </h1>
          <p className="text-slate-700">
            {program.archived
              ? "Archived: off the storefront, so nobody new can buy or start it; enrolled customers keep going. Changes here stay in the draft until you publish."
              : program.latestVersion
                ? `Customers see version ${program.latestVersion.version}. Changes here stay in the draft until you publish.`
                : "Not published yet. Changes here stay in the draft until you publish."}
          </p>
          <div>
            <ArchiveControl
              programId={program.id}
              title={program.title}
              archived={program.archived !== null}
              enrolled={program.enrolled}
              notStarted={program.notStarted}
              onChange={(archived) =>
                // Only the archive state changes: the draft (and this editing session) stay.
                queryClient.setQueryData(
                  trpc.programs.get.queryKey({ programId: program.id }),
                  (cached) => cached && { ...cached, archived },
                )
              }
            />
          </div>
        </header>

        <div className="sticky top-0 z-10 flex flex-col gap-3 border-b border-slate-200 bg-slate-50/95 py-3 backdrop-blur sm:flex-row sm:items-center sm:justify-between">
          <SaveStatus
            state={autosave.state}
            dirty={autosave.dirty}
            onRetry={() => void autosave.saveNow()}
            onReload={() => void onReload()}
            onOverwrite={() =>
              // Read the latest revision without touching the cached draft, which would reload the editor.
              void trpcClient.programs.get
                .query({ programId: program.id })
                .then((latest) => autosave.overwrite(latest.revision))
            }
          />
          <nav aria-label="Draft actions" className="flex flex-wrap gap-2">
            <Link href={`/programs/${program.id}/preview`} className={buttonClasses("secondary")}>
              Preview
            </Link>
            <Link href={`/programs/${program.id}/publish`} className={buttonClasses()}>
              Review and publish
            </Link>
          </nav>
        </div>

        <ProblemSummary problems={problems} onReveal={reveal} />

        <EditorNav doc={doc} />

        <EditorCard
          cardId="program"
          path={["program"]}
          level={2}
          title="Program details"
          subtitle="Title, summary, disclaimer, stop rules, equipment, baseline assessment"
          problemCount={programFields.reduce(
            (total, field) => total + problemIndex.countUnder([field]),
            0,
          )}
        >
          <ProgramDetails />
        </EditorCard>
        <PhasesSection />
        <SessionsSection programId={program.id} />
        <ProgramExercises />
        <AssessmentsSection />
        <ScreeningSection />

        <p aria-live="polite" role="status" className="sr-only" data-testid="announcer">
          {announcement}
        </p>
      </div>
    </EditorProvider>
  );
}

export function ProgramEditor({ programId }: { programId: string }) {
  const trpc = useTRPC();
  const query = useSuspenseQuery({
    ...trpc.programs.get.queryOptions({ programId }),
    // The editor owns the draft once loaded: no refetch on focus replaces it. On mount it is
    // checked once, so a copy cached from an earlier visit never becomes the base of new edits.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnMount: "always",
  });
  const [generation, setGeneration] = useState(0);
  // A newer draft arriving from the server (a reload, or a revisit after saving) starts a fresh
  // editing session; the editor's own saves never touch this cached copy.
  return (
    <EditorSession
      key={`${query.data.revision}:${generation}`}
      program={query.data}
      onReload={async () => {
        await query.refetch();
        setGeneration((value) => value + 1);
      }}
    />
  );
}
