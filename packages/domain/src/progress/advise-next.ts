/**
 * `adviseNext`: symptom-guided advice after each session, as a traffic light on pain.
 *
 * For the latest session, with "peak" = the worst of pain during, right after and the next day
 * (when reported), and "rise" = how much worse the knee is after (or the next day) than before:
 *
 *   STOP     peak ≥ 8, or sharp pain reported, or pain is worsening across sessions:
 *            the peak rose in each of the last 3 sessions by 3+ points in total, or the knee
 *            was 2+ points worse the next day after each of the last 2 sessions.
 *            → stop the program and see a clinician.
 *   REGRESS  peak 6–7, or rise ≥ 2 → go back to the low end and use easier variants.
 *   STAY     peak 4–5, or rise of 1, or the session was stopped early → repeat the same dose.
 *   PROGRESS peak ≤ 3 and the knee is no worse than before → move up within the ranges.
 *
 * The first matching row wins, top to bottom, so the safest advice always takes precedence.
 */
import type { SessionPainSummary } from "./summarize-session-pain";

export type AdviceVerdict = "progress" | "stay" | "regress" | "stop";

export interface Advice {
  verdict: AdviceVerdict;
  title: string;
  message: string;
  /** What triggered the verdict, e.g. "pain during reached 8/10". */
  reasons: string[];
}

export type AdviceSession = Pick<
  SessionPainSummary,
  "completedAt" | "painBefore" | "painDuring" | "painAfter" | "painNextDay"
> &
  Partial<Pick<SessionPainSummary, "sharpPain" | "stoppedEarly">>;

function peakOf(session: AdviceSession): number {
  return Math.max(session.painDuring, session.painAfter, session.painNextDay ?? 0);
}

function riseOf(session: AdviceSession): number {
  return Math.max(session.painAfter, session.painNextDay ?? 0) - session.painBefore;
}

function findWorsening(recentFirst: readonly AdviceSession[]): string | undefined {
  const [c, b, a] = recentFirst.slice(0, 3).map(peakOf);
  if (a !== undefined && b !== undefined && c !== undefined && a < b && b < c && c - a >= 3) {
    return `pain has risen session after session (${a} → ${b} → ${c}/10)`;
  }
  const lastTwo = recentFirst.slice(0, 2);
  const flaredNextDay = (s: AdviceSession) =>
    s.painNextDay !== undefined && s.painNextDay !== null && s.painNextDay - s.painBefore >= 2;
  if (lastTwo.length === 2 && lastTwo.every(flaredNextDay)) {
    return "your knee was clearly worse the day after each of your last two sessions";
  }
  return undefined;
}

export function adviseNext(logs: readonly AdviceSession[]): Advice {
  const recentFirst = [...logs].sort((x, y) => y.completedAt.getTime() - x.completedAt.getTime());
  const latest = recentFirst[0];
  if (latest === undefined) {
    return {
      verdict: "stay",
      title: "Start at the low end",
      message:
        "Do your first session at the low end of every range. After it, we'll tell you whether to move up.",
      reasons: [],
    };
  }

  const peak = peakOf(latest);
  const rise = riseOf(latest);
  const worsening = findWorsening(recentFirst);
  const stopReasons = [
    ...(peak >= 8 ? [`pain reached ${peak}/10`] : []),
    ...(latest.sharpPain === true ? ["you reported sharp pain"] : []),
    ...(worsening === undefined ? [] : [worsening]),
  ];
  if (stopReasons.length > 0) {
    return {
      verdict: "stop",
      title: "STOP: do not continue the program — see a clinician",
      message: `Stop doing these exercises now, because ${stopReasons.join(" and ")}. This is not pain to push through. Do not do another session until a doctor or physiotherapist has examined your knee. If the knee is very swollen, hot, locks, gives way or cannot take your weight, get medical care today.`,
      reasons: stopReasons,
    };
  }

  if (peak >= 6 || rise >= 2) {
    const reasons = [
      ...(peak >= 6 ? [`pain reached ${peak}/10`] : []),
      ...(rise >= 2 ? [`your knee was ${rise} points worse afterwards than before`] : []),
    ];
    return {
      verdict: "regress",
      title: "Ease off: use the easier versions",
      message: `That session was too much (${reasons.join(", ")}). Next time, go back to the low end of every range and swap any exercise that hurt for its easier version. If it happens again, pause and talk to a clinician.`,
      reasons,
    };
  }

  if (peak >= 4 || rise >= 1 || latest.stoppedEarly === true) {
    const reasons = [
      ...(peak >= 4 ? [`pain reached ${peak}/10`] : []),
      ...(rise >= 1 ? ["your knee was a little worse afterwards"] : []),
      ...(latest.stoppedEarly === true ? ["the session was stopped early"] : []),
    ];
    return {
      verdict: "stay",
      title: "Stay where you are",
      message: `Repeat the same dose next time (${reasons.join(", ")}). Move up once a session keeps pain at 3/10 or less and your knee feels no worse afterwards.`,
      reasons,
    };
  }

  return {
    verdict: "progress",
    title: "Ready to move up",
    message:
      "Your knee stayed calm during and after the session. Next time, move one thing up within its range — one more rep, a few more seconds per hold, or one more set — and keep the rest the same.",
    reasons: [`pain stayed at ${peak}/10 or below and was no worse afterwards`],
  };
}
