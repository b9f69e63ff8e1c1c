/**
 * `checkAssessmentResult`: checks submitted values against the assessment definition — every
 * item answered (per side where needed) and each value inside that item's scale, so results
 * stay comparable between baseline and re-test.
 */
import type { Assessment, AssessmentItem } from "../schemas/assessment";
import type { AssessmentResultInput } from "../schemas/assessment-result-input";
import type { Problem } from "./problem";

function scaleOf(item: AssessmentItem): { min: number; max: number; whole: boolean } {
  return item.kind === "degrees"
    ? { min: item.range.min, max: item.range.max, whole: false }
    : { min: 0, max: 10, whole: true };
}

export function checkAssessmentResult(
  assessment: Assessment,
  result: AssessmentResultInput,
): Problem[] {
  if (result.assessmentKey !== assessment.key) {
    return [{ path: ["assessmentKey"], message: `Expected "${assessment.key}"` }];
  }
  const problems: Problem[] = [];
  const items = new Map(assessment.items.map((item) => [item.key, item]));

  result.values.forEach((value, index) => {
    const item = items.get(value.itemKey);
    if (item === undefined) {
      problems.push({
        path: ["values", index, "itemKey"],
        message: `Unknown item "${value.itemKey}"`,
      });
      return;
    }
    if (item.perSide !== (value.side !== undefined)) {
      problems.push({
        path: ["values", index, "side"],
        message: item.perSide ? "Say which side this is for" : "This item has no sides",
      });
    }
    const scale = scaleOf(item);
    if (
      value.value < scale.min ||
      value.value > scale.max ||
      (scale.whole && !Number.isInteger(value.value))
    ) {
      problems.push({
        path: ["values", index, "value"],
        message: `Must be ${scale.whole ? "a whole number " : ""}between ${scale.min} and ${scale.max}`,
      });
    }
  });

  const answered = new Set(result.values.map((value) => `${value.itemKey}/${value.side ?? ""}`));
  const missing = assessment.items.flatMap((item) =>
    (item.perSide ? ["left", "right"] : [""])
      .filter((side) => !answered.has(`${item.key}/${side}`))
      .map((side) => (side === "" ? item.label : `${item.label} (${side})`)),
  );
  if (missing.length > 0) {
    problems.push({ path: ["values"], message: `Missing: ${missing.join(", ")}` });
  }
  return problems;
}
