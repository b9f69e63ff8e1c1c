/** Offered on arrival when this session was left unfinished on this device. */
import { Button } from "@phasewise/ui";

import type { SavedRun } from "./run-storage";
import type { SessionPlan } from "./types";
import { ScreenHeading } from "./screen-heading";

export interface ResumePromptProps {
  plan: SessionPlan;
  saved: SavedRun;
  totalSteps: number;
  onResume: () => void;
  onStartOver: () => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: "long",
  hour: "numeric",
  minute: "2-digit",
});

export function ResumePrompt({
  plan,
  saved,
  totalSteps,
  onResume,
  onStartOver,
}: ResumePromptProps) {
  const where =
    saved.ended === null
      ? `You were on step ${Math.min(saved.stepIndex + 1, totalSteps)} of ${totalSteps}.`
      : "The session is over, but it has not been logged yet.";
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-5">
      <ScreenHeading eyebrow={`${plan.programTitle} · ${plan.phase.title}`}>
        {plan.session.title}: unfinished session
      </ScreenHeading>
      <p className="text-lg text-slate-800">
        You started this session on {timeFormat.format(new Date(saved.startedAt))}. {where}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button onClick={onResume} className="min-h-14 text-lg">
          Resume where you left off
        </Button>
        <Button tone="secondary" onClick={onStartOver} className="min-h-14 text-lg">
          Start over
        </Button>
      </div>
      <p className="text-sm text-slate-600">
        Starting over discards the unfinished session; nothing from it is logged.
      </p>
    </div>
  );
}
