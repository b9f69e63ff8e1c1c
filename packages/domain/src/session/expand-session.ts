/**
 * `expandSession`: turns a session template into the flat timeline the player runs, with a
 * duration estimate built from the same steps (see `timing.ts` for the assumptions).
 */
import type { Exercise } from "../schemas/exercise";
import type { SessionTemplate } from "../schemas/session-template";
import type { PrescriptionChoice } from "./expand-prescription";
import type { Step } from "./step";
import { expandPrescription } from "./expand-prescription";
import { toEstimatedMinutes } from "./timing";

/** Per prescription id: where inside each range the customer works this time. */
export type SessionChoices = Readonly<Record<string, PrescriptionChoice>>;

export interface ExpandedSession {
  steps: Step[];
  estimatedSeconds: number;
  estimatedMinutes: number;
}

/**
 * Throws when a prescription names an exercise missing from the library. A validated program
 * never does; failing loudly beats playing a session with a blank exercise.
 */
export function expandSession(
  template: SessionTemplate,
  library: readonly Exercise[],
  choices: SessionChoices = {},
): ExpandedSession {
  const bySlug = new Map(library.map((exercise) => [exercise.slug, exercise]));
  const steps = template.prescriptions.flatMap((prescription) => {
    const exercise = bySlug.get(prescription.exerciseSlug);
    if (exercise === undefined) {
      throw new Error(
        `Session "${template.key}" uses unknown exercise "${prescription.exerciseSlug}"; validate the program first`,
      );
    }
    return expandPrescription(prescription, exercise, choices[prescription.id]);
  });
  const estimatedSeconds = steps.reduce((total, step) => total + step.estimatedSeconds, 0);
  return { steps, estimatedSeconds, estimatedMinutes: toEstimatedMinutes(estimatedSeconds) };
}
