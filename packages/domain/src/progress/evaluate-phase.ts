/**
 * `evaluatePhase`: whether the customer has earned the next phase, which criteria are done or
 * remaining, the reasons in plain words, and when the gate opens if only waiting is left.
 *
 * Counting rules: only completed sessions count toward the minimum, but sessions stopped early
 * still count in the pain average — leaving them out would hide exactly the pain that stopped
 * them. Records before the phase started or after `now` are ignored.
 */
import type { Assessment } from "../schemas/assessment";
import type { Phase } from "../schemas/phase";
import type { JudgedCriterion, PhaseCriterion } from "./phase-criteria";
import { DAY_MS, judgeDays, judgePain, judgeRetest, judgeSessions } from "./phase-criteria";

export interface PhaseSessionRecord {
  completedAt: Date;
  /** The session's "pain during", the worst the customer reported (see `summarizeSessionPain`). */
  painDuring: number;
  /** Defaults to completed. */
  outcome?: "completed" | "stopped-early";
}

export interface PhaseAssessmentRecord {
  assessmentKey: string;
  takenAt: Date;
}

export interface EvaluatePhaseInput {
  phaseStartedAt: Date;
  sessions: readonly PhaseSessionRecord[];
  assessmentResults: readonly PhaseAssessmentRecord[];
  now: Date;
  /** Lets the re-test criterion use the assessment's title instead of its key. */
  assessments?: readonly Pick<Assessment, "key" | "title">[];
}

export interface PhaseEvaluation {
  unlocked: boolean;
  /** The phase has no unlock rule: it is the last one. */
  final: boolean;
  criteria: PhaseCriterion[];
  reasons: string[];
  /** When waiting is the only thing left: the moment the gate opens. */
  unlocksAt?: Date;
}

export function evaluatePhase(phase: Phase, input: EvaluatePhaseInput): PhaseEvaluation {
  const rule = phase.unlockRule;
  if (rule === undefined) {
    return {
      unlocked: false,
      final: true,
      criteria: [],
      reasons: ["This is the final phase; keep going with your sessions."],
    };
  }

  const start = input.phaseStartedAt.getTime();
  const now = input.now.getTime();
  const inPhase = (date: Date) => date.getTime() >= start && date.getTime() <= now;
  const sessions = input.sessions
    .filter((session) => inPhase(session.completedAt))
    .sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime());
  const completed = sessions.filter((session) => session.outcome !== "stopped-early").length;

  const judged: JudgedCriterion[] = [];
  const sessionsJudged = judgeSessions(rule.minSessions, completed);
  judged.push(sessionsJudged);
  if (rule.minDays > 0) judged.push(judgeDays(rule.minDays, input.phaseStartedAt, input.now));
  if (rule.maxAveragePain) {
    const pain = sessions.map((session) => session.painDuring);
    judged.push(judgePain(rule.maxAveragePain, pain, sessionsJudged.criterion.met));
  }
  const retestKey = rule.retestRequired;
  if (retestKey !== undefined) {
    const title = input.assessments?.find((a) => a.key === retestKey)?.title ?? retestKey;
    const taken = input.assessmentResults
      .filter((result) => result.assessmentKey === retestKey && inPhase(result.takenAt))
      .map((result) => result.takenAt)
      .sort((a, b) => b.getTime() - a.getTime());
    judged.push(judgeRetest(title, taken[0]));
  }

  const criteria = judged.map((item) => item.criterion);
  const unmet = criteria.filter((criterion) => !criterion.met);
  const unlocked = unmet.length === 0;
  const onlyTimeLeft = unmet.length === 1 && unmet[0]?.key === "days";
  return {
    unlocked,
    final: false,
    criteria,
    reasons: judged.flatMap((item) => (item.reason === undefined ? [] : [item.reason])),
    ...(onlyTimeLeft ? { unlocksAt: new Date(start + rule.minDays * DAY_MS) } : {}),
  };
}
