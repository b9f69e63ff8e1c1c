/**
 * The current exercise's setup, steps, cues, common mistakes and safety notes, one tap away
 * during the session. A native modal <dialog>: focus moves in and back out, Escape closes it,
 * and the rest of the page is inert while it is open.
 */
import type { ReactNode } from "react";
import { useId, useRef } from "react";

import type { Exercise, Prescription } from "@phasewise/domain";
import { Button } from "@phasewise/ui";

export interface ExerciseInfoDialogProps {
  exercise: Exercise | undefined;
  prescription: Prescription | undefined;
  exerciseHref?: (slug: string) => string;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-1">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

function List({ items, ordered = false }: { items: readonly string[]; ordered?: boolean }) {
  const Tag = ordered ? "ol" : "ul";
  return (
    <Tag className={`${ordered ? "list-decimal" : "list-disc"} flex flex-col gap-1 pl-5`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </Tag>
  );
}

export function ExerciseInfoDialog({
  exercise,
  prescription,
  exerciseHref,
}: ExerciseInfoDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  if (exercise === undefined) return null;
  const sessionNotes = [
    prescription?.tempo === undefined ? undefined : `Tempo: ${prescription.tempo}`,
    prescription?.notes,
  ].filter((note): note is string => note !== undefined);

  return (
    <>
      <Button
        tone="secondary"
        aria-haspopup="dialog"
        onClick={() => dialogRef.current?.showModal()}
      >
        How to do it
      </Button>
      <dialog
        ref={dialogRef}
        aria-labelledby={titleId}
        className="m-auto max-h-[90dvh] w-[min(40rem,calc(100vw-2rem))] overflow-y-auto rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60"
        onClick={(event) => {
          // A click on the backdrop lands on the dialog element itself.
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
      >
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-start justify-between gap-3">
            <h2 id={titleId} className="text-xl font-bold">
              {exercise.name}
            </h2>
            <Button tone="secondary" onClick={() => dialogRef.current?.close()}>
              Close
            </Button>
          </div>
          <p>{exercise.summary}</p>
          {exercise.safetyNotes.length > 0 && (
            <div className="rounded-lg border-l-4 border-danger-600 bg-danger-50 p-3">
              <h3 className="font-semibold text-danger-700">Safety</h3>
              <List items={exercise.safetyNotes} />
            </div>
          )}
          <Section title="Setup">
            <p>{exercise.setup}</p>
          </Section>
          <Section title="Steps">
            <List items={exercise.steps} ordered />
          </Section>
          {sessionNotes.length > 0 && (
            <Section title="For this session">
              {sessionNotes.map((note) => (
                <p key={note}>{note}</p>
              ))}
            </Section>
          )}
          {exercise.cues.length > 0 && (
            <Section title="Cues">
              <List items={exercise.cues} />
            </Section>
          )}
          {exercise.mistakes.length > 0 && (
            <Section title="Common mistakes">
              <List items={exercise.mistakes} />
            </Section>
          )}
          <Section title="You should feel it in">
            <p>{exercise.targetAreas.join(", ")}</p>
          </Section>
          <div className="flex flex-wrap gap-4">
            {exercise.media.videoUrl && (
              <a
                href={exercise.media.videoUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="font-medium text-brand-700 underline underline-offset-4"
              >
                Watch the video (opens in a new tab)
              </a>
            )}
            {exerciseHref && (
              <a
                href={exerciseHref(exercise.slug)}
                target="_blank"
                rel="noopener"
                className="font-medium text-brand-700 underline underline-offset-4"
              >
                Full exercise page (opens in a new tab)
              </a>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
}
