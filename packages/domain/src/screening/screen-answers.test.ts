import { describe, expect, it } from "vitest";

import { kneePainSolution } from "../programs/knee-pain-solution";
import { screenAnswers } from "./screen-answers";

const questions = kneePainSolution.screeningQuestions;
const allNo = Object.fromEntries(questions.map((question) => [question.key, false]));

describe("screenAnswers", () => {
  it("clears a customer who answers no to every question", () => {
    expect(screenAnswers(questions, allNo)).toEqual({
      cleared: true,
      redFlags: [],
      unanswered: [],
    });
  });

  it("blocks the start and returns the advice for each red flag answered yes", () => {
    const outcome = screenAnswers(questions, { ...allNo, "calf-swelling": true });
    expect(outcome.cleared).toBe(false);
    expect(outcome.redFlags.map((flag) => flag.key)).toEqual(["calf-swelling"]);
    expect(outcome.redFlags[0]?.advice).toMatch(/medical care today/);
  });

  it("does not clear a customer who skipped a question", () => {
    const { "night-or-constant-pain": _skipped, ...partial } = allNo;
    expect(screenAnswers(questions, partial)).toMatchObject({
      cleared: false,
      unanswered: ["night-or-constant-pain"],
    });
  });
});
