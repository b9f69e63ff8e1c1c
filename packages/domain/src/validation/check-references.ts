/**
 * Cross-check: every link between exercises, equipment and prescriptions points at something
 * that exists, so the player and exercise pages never meet a dangling slug.
 */
import type { Problem, ProblemPath } from "./problem";
import type { ReferenceView } from "./reference-view";
import { collectKeys } from "./reference-view";

function checkExerciseLinks(view: ReferenceView, problems: Problem[]): void {
  const slugs = new Set(view.exercises.flatMap((item) => (item?.slug ? [item.slug] : [])));
  const equipmentKeys = collectKeys(view.equipment);

  view.exercises.forEach((exercise, index) => {
    if (exercise === undefined) return;
    const at = (...rest: (string | number)[]): ProblemPath => ["exercises", index, ...rest];
    const checkLink = (target: string | undefined, path: ProblemPath, selfMessage: string) => {
      if (target === undefined) return;
      if (target === exercise.slug) problems.push({ path, message: selfMessage });
      else if (!slugs.has(target)) problems.push({ path, message: `Unknown exercise "${target}"` });
    };

    checkLink(exercise.easierVariant, at("easierVariant"), "An exercise cannot be its own variant");
    checkLink(exercise.harderVariant, at("harderVariant"), "An exercise cannot be its own variant");
    exercise.substitutes.forEach((target, substituteIndex) => {
      checkLink(
        target,
        at("substitutes", substituteIndex),
        "An exercise cannot substitute for itself",
      );
    });
    exercise.equipment.forEach((key, equipmentIndex) => {
      if (key !== undefined && !equipmentKeys.has(key)) {
        problems.push({
          path: at("equipment", equipmentIndex),
          message: `"${key}" is not in the program's equipment list`,
        });
      }
    });
  });
}

function checkPrescriptionExercises(view: ReferenceView, problems: Problem[]): void {
  const slugs = new Set(view.exercises.flatMap((item) => (item?.slug ? [item.slug] : [])));
  view.sessions.forEach((session, sessionIndex) => {
    session?.prescriptions.forEach((prescription, prescriptionIndex) => {
      const slug = prescription?.exerciseSlug;
      if (slug === undefined || slugs.has(slug)) return;
      problems.push({
        path: ["sessions", sessionIndex, "prescriptions", prescriptionIndex, "exerciseSlug"],
        message: `Unknown exercise "${slug}"`,
      });
    });
  });
}

export function checkReferences(view: ReferenceView): Problem[] {
  const problems: Problem[] = [];
  checkExerciseLinks(view, problems);
  checkPrescriptionExercises(view, problems);
  return problems;
}
