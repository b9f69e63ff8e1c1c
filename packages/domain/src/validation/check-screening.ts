/**
 * Safety: customers start these programs in pain, so every program asks at least one red-flag
 * question (a "yes" advises seeing a clinician first) before the first session.
 */
import type { Problem } from "./problem";
import type { ReferenceView } from "./reference-view";

export const missingRedFlagMessage =
  "Add at least one red-flag screening question: customers in pain must be screened before they start.";

export function checkScreening(view: ReferenceView): Problem[] {
  const screened = view.screeningQuestions.some((question) => question?.redFlag === true);
  return screened ? [] : [{ path: ["screeningQuestions"], message: missingRedFlagMessage }];
}
