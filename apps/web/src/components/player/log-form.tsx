/**
 * The end-of-session log: a few session-level questions (pain during and after, sharp pain,
 * difficulty, a note) and the prefilled "what you did" entries. Submitting always sends the
 * run's clientId, so double taps and retries are stored once; a failure keeps every answer.
 */
import type { FormEvent } from "react";
import { useRef, useState } from "react";

import type { SessionLogInput, Step } from "@phasewise/domain";
import { buildLogEntriesFromSteps } from "@phasewise/domain/session";
import { Button } from "@phasewise/ui";

import type { RunInfo } from "./run-storage";
import type { RunEnd } from "./step-timer";
import type { FieldErrors } from "./submit-errors";
import type { CompleteSessionResult, SessionPlan, SessionRunnerProps } from "./types";
import { ChoiceScale, PainScale } from "./choice-scale";
import { readDrafts, toDrafts } from "./log-entries";
import { LogEntriesEditor } from "./log-entries-editor";
import { LogProblems } from "./log-problems";
import { ScreenHeading } from "./screen-heading";
import { errorsFor, readSubmitFailure } from "./submit-errors";
import { TextAreaField } from "./text-area-field";

export interface LogFormProps {
  plan: SessionPlan;
  steps: readonly Step[];
  run: RunInfo;
  ended: RunEnd;
  submit: SessionRunnerProps["submit"];
  onSubmitted: (result: CompleteSessionResult) => void;
}

const DIFFICULTY = [
  { value: 1, label: "1", caption: "very easy" },
  { value: 2, label: "2", caption: "easy" },
  { value: 3, label: "3", caption: "moderate" },
  { value: 4, label: "4", caption: "hard" },
  { value: 5, label: "5", caption: "could not do more" },
];

const YES_NO = [
  { value: true, label: "Yes" },
  { value: false, label: "No" },
];

export function LogForm({ plan, steps, run, ended, submit, onSubmitted }: LogFormProps) {
  const stopped = ended.outcome === "stopped-early";
  const [drafts, setDrafts] = useState(() =>
    toDrafts(buildLogEntriesFromSteps(steps, ended.completedStepCount)),
  );
  const [painDuring, setPainDuring] = useState<number | null>(null);
  const [painAfter, setPainAfter] = useState<number | null>(null);
  const [sharpPain, setSharpPain] = useState<boolean | null>(null);
  const [difficulty, setDifficulty] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const [stoppedReason, setStoppedReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const pendingRef = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  // An answer clears its own error; the rest stay until the next submit.
  const clearErrors = (prefix: string) =>
    setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([key]) => key !== prefix && !key.startsWith(`${prefix}.`),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  const answer =
    <T,>(key: string, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      clearErrors(key);
    };

  const showProblems = (found: FieldErrors, message: string | null) => {
    setErrors(found);
    setFailure(message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pendingRef.current) return;
    const { entries, errors: entryErrors } = readDrafts(drafts);
    const found: FieldErrors = { ...entryErrors };
    if (painDuring === null) found.painDuring = ["Choose your worst pain during the session."];
    if (painAfter === null) found.painAfter = ["Choose how your knee feels now."];
    if (sharpPain === null) found.sharpPain = ["Answer yes or no."];
    if (difficulty === null) found.difficulty = ["Choose how hard the session felt."];
    if (
      painDuring === null ||
      painAfter === null ||
      sharpPain === null ||
      difficulty === null ||
      Object.keys(found).length > 0
    ) {
      showProblems(found, null);
      return;
    }
    const log: SessionLogInput = {
      clientId: run.clientId,
      phaseKey: plan.phase.key,
      sessionKey: plan.session.key,
      startedAt: run.startedAt,
      endedAt: new Date(Math.max(ended.at, Date.parse(run.startedAt))).toISOString(),
      outcome: ended.outcome,
      ...(stopped && stoppedReason.trim() !== "" ? { stoppedReason: stoppedReason.trim() } : {}),
      painBefore: run.painBefore,
      painDuring,
      painAfter,
      sharpPain,
      difficulty,
      ...(note.trim() === "" ? {} : { note: note.trim() }),
      entries,
    };

    pendingRef.current = true;
    setPending(true);
    try {
      const result = await submit(log);
      onSubmitted(result);
    } catch (error) {
      const { fieldErrors, serverMessage } = readSubmitFailure(error);
      const hasFieldErrors = Object.keys(fieldErrors).length > 0;
      showProblems(
        fieldErrors,
        hasFieldErrors
          ? null
          : serverMessage === undefined
            ? "We couldn't reach the server, so your session is not saved yet. Your answers are still here: check your connection and press Save session again."
            : `We couldn't save your session: ${serverMessage} Your answers are still here; please try again.`,
      );
    } finally {
      pendingRef.current = false;
      setPending(false);
    }
  };

  return (
    <form noValidate onSubmit={onSubmit} className="mx-auto flex max-w-2xl flex-col gap-6">
      <ScreenHeading eyebrow={`${plan.session.title} · ${plan.programTitle}`}>
        {stopped ? "Session stopped: log what you did" : "Well done. Log your session"}
      </ScreenHeading>

      <LogProblems ref={summaryRef} errors={errors} failure={failure} />

      {stopped && (
        <TextAreaField
          label="Why did you stop? (optional)"
          value={stoppedReason}
          maxLength={500}
          onChange={(event) => answer("stoppedReason", setStoppedReason)(event.target.value)}
          error={errorsFor(errors, "stoppedReason")}
        />
      )}
      <PainScale
        legend="Worst knee pain during the session"
        name="pain-during"
        value={painDuring}
        onChange={answer("painDuring", setPainDuring)}
        error={errorsFor(errors, "painDuring")}
      />
      <PainScale
        legend="Knee pain now, right after the session"
        name="pain-after"
        value={painAfter}
        onChange={answer("painAfter", setPainAfter)}
        error={errorsFor(errors, "painAfter")}
      />
      <ChoiceScale
        legend="Did you feel sharp, stabbing or catching pain?"
        hint="Not the effort or a dull ache: a sharp, stabbing or catching pain."
        name="sharp-pain"
        options={YES_NO}
        value={sharpPain}
        onChange={answer("sharpPain", setSharpPain)}
        error={errorsFor(errors, "sharpPain")}
      />
      <ChoiceScale
        legend="How hard was the session?"
        name="difficulty"
        options={DIFFICULTY}
        value={difficulty}
        onChange={answer("difficulty", setDifficulty)}
        error={errorsFor(errors, "difficulty")}
        gridClassName="grid-cols-1 sm:grid-cols-5"
      />

      <section aria-labelledby="log-entries-heading" className="flex flex-col gap-3">
        <h2 id="log-entries-heading" className="text-lg font-semibold">
          What you did
        </h2>
        <p className="text-sm text-slate-700">
          Filled in from the session. Change anything that was different.
        </p>
        {errorsFor(errors, "entries") && (
          <p className="text-sm font-medium text-danger-700">{errorsFor(errors, "entries")}</p>
        )}
        <LogEntriesEditor
          drafts={drafts}
          prescriptions={plan.template.prescriptions}
          exercises={plan.exercises}
          errors={errors}
          onChange={(index, draft) => {
            setDrafts((current) => current.map((item, i) => (i === index ? draft : item)));
            clearErrors(`entries.${index}`);
          }}
        />
      </section>

      <TextAreaField
        label="Note (optional)"
        value={note}
        maxLength={1000}
        onChange={(event) => answer("note", setNote)(event.target.value)}
        error={errorsFor(errors, "note")}
      />

      <Button type="submit" disabled={pending} aria-disabled={pending} className="min-h-14 text-lg">
        {pending ? "Saving…" : "Save session"}
      </Button>
    </form>
  );
}
