/** A customer's baseline check-in, built from the assessment definition and checked by the domain. */
import { randomUUID } from "node:crypto";

import type { AssessmentResultInput, ProgramDocument } from "@phasewise/domain";
import { assessmentResultInputSchema, checkAssessmentResult } from "@phasewise/domain";

export function buildBaseline(
  document: ProgramDocument,
  takenAt: Date,
  random: () => number,
): AssessmentResultInput {
  const assessment = document.assessments.find(
    (item) => item.key === document.baselineAssessmentKey,
  );
  if (!assessment) throw new Error(`${document.slug} has no baseline assessment`);
  const values = assessment.items.flatMap((item) => {
    if (item.kind === "degrees") {
      const degrees = () =>
        Math.round(item.range.min + random() * (item.range.max - item.range.min) * 0.4);
      return item.perSide
        ? (["left", "right"] as const).map((side) => ({
            itemKey: item.key,
            side,
            value: degrees(),
          }))
        : [{ itemKey: item.key, value: degrees() }];
    }
    return [{ itemKey: item.key, value: 2 + Math.floor(random() * 5) }];
  });
  const result = assessmentResultInputSchema.parse({
    clientId: randomUUID(),
    assessmentKey: assessment.key,
    takenAt: takenAt.toISOString(),
    values,
  });
  const problems = checkAssessmentResult(assessment, result);
  if (problems.length > 0) {
    throw new Error(`Seeded baseline is invalid: ${problems.map((p) => p.message).join("; ")}`);
  }
  return result;
}
