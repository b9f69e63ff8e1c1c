/**
 * `screenAnswers`: decides whether a customer may start a program after the safety questions.
 * Any red-flag "yes" blocks the start and returns the advice to show; so does a question left
 * unanswered, because silence is not a "no".
 */
import type { ScreeningAnswersInput, ScreeningQuestion } from "../schemas/screening-question";

export interface ScreeningOutcome {
  cleared: boolean;
  redFlags: { key: string; text: string; advice: string }[];
  unanswered: string[];
}

export function screenAnswers(
  questions: readonly ScreeningQuestion[],
  answers: ScreeningAnswersInput,
): ScreeningOutcome {
  const redFlags = questions
    .filter((question) => question.redFlag && answers[question.key] === true)
    .map(({ key, text, advice }) => ({ key, text, advice }));
  const unanswered = questions
    .filter((question) => answers[question.key] === undefined)
    .map((question) => question.key);
  return { cleared: redFlags.length === 0 && unanswered.length === 0, redFlags, unanswered };
}
