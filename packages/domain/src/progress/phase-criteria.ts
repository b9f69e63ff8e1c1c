/**
 * One function per unlock criterion. Each says whether it is met, a short label for a progress
 * list ("4 of 6 sessions"), a detail line, and — when unmet — what is still missing, in words.
 */
import type { UnlockRule } from "../schemas/phase";

export const DAY_MS = 24 * 60 * 60 * 1000;

export type CriterionKey = "sessions" | "days" | "pain" | "retest";

export interface PhaseCriterion {
  key: CriterionKey;
  met: boolean;
  label: string;
  detail: string;
}

/** A criterion plus the reason shown when it is the thing holding the customer back. */
export interface JudgedCriterion {
  criterion: PhaseCriterion;
  reason?: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function judgeSessions(minSessions: number, completed: number): JudgedCriterion {
  const remaining = Math.max(0, minSessions - completed);
  const met = remaining === 0;
  return {
    criterion: {
      key: "sessions",
      met,
      label: `${Math.min(completed, minSessions)} of ${plural(minSessions, "session")}`,
      detail: met
        ? `${plural(completed, "session")} completed in this phase`
        : `Complete ${plural(remaining, "more session")} in this phase`,
    },
    ...(met ? {} : { reason: plural(remaining, "more session") }),
  };
}

export function judgeDays(minDays: number, startedAt: Date, now: Date): JudgedCriterion {
  const readyAt = new Date(startedAt.getTime() + minDays * DAY_MS);
  const msLeft = readyAt.getTime() - now.getTime();
  const met = msLeft <= 0;
  const elapsed = Math.max(0, Math.floor((now.getTime() - startedAt.getTime()) / DAY_MS));
  // Round up: "1 more day" until the moment the gate opens, never "0 more days".
  const daysLeft = Math.ceil(msLeft / DAY_MS);
  return {
    criterion: {
      key: "days",
      met,
      label: `${Math.min(elapsed, minDays)} of ${plural(minDays, "day")}`,
      detail: met
        ? `In this phase since ${formatDay(startedAt)}`
        : `Time in phase is complete on ${formatDay(readyAt)}`,
    },
    ...(met ? {} : { reason: plural(daysLeft, "more day") }),
  };
}

export function judgePain(
  rule: NonNullable<UnlockRule["maxAveragePain"]>,
  painByRecency: readonly number[],
  sessionsCriterionMet: boolean,
): JudgedCriterion {
  const window = painByRecency.slice(0, rule.overLastSessions);
  const limit = `${rule.value}/10 or less`;
  if (window.length < rule.overLastSessions) {
    const missing = rule.overLastSessions - window.length;
    return {
      criterion: {
        key: "pain",
        met: false,
        label: `Average pain over last ${plural(rule.overLastSessions, "session")}: not enough sessions yet`,
        detail: `Pain during sessions needs to average ${limit} over your last ${plural(rule.overLastSessions, "session")}`,
      },
      // When sessions are still missing, the session count already says so.
      ...(sessionsCriterionMet
        ? { reason: `${plural(missing, "more session")} to check pain` }
        : {}),
    };
  }
  const average = window.reduce((sum, pain) => sum + pain, 0) / window.length;
  const shown = average.toFixed(1);
  const met = average <= rule.value;
  return {
    criterion: {
      key: "pain",
      met,
      label: `Average pain ${shown}/10 over last ${plural(window.length, "session")} (target ${limit})`,
      detail: met
        ? "Your knee has stayed calm enough to move on"
        : `Pain during sessions needs to settle to an average of ${limit}`,
    },
    ...(met
      ? {}
      : {
          reason: `Average pain during your last ${plural(window.length, "session")} is ${shown}/10; it needs to be ${limit}`,
        }),
  };
}

export function judgeRetest(title: string, takenAt: Date | undefined): JudgedCriterion {
  const met = takenAt !== undefined;
  return {
    criterion: {
      key: "retest",
      met,
      label: `Re-test: ${title}`,
      detail: met ? `Taken on ${formatDay(takenAt)}` : `Take the ${title} again`,
    },
    ...(met ? {} : { reason: `Retake the ${title}` }),
  };
}
