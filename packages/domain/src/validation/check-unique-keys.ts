/**
 * Cross-check: keys and slugs are unique within each list, and prescription ids are unique across
 * the whole program because session logs and expansion choices refer to them directly.
 */
import type { Problem } from "./problem";
import type { ReferenceView } from "./reference-view";

function checkList(
  keys: readonly (string | undefined)[],
  collection: string,
  keyField: string,
  problems: Problem[],
): void {
  const firstIndex = new Map<string, number>();
  keys.forEach((key, index) => {
    if (key === undefined) return;
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, index);
      return;
    }
    problems.push({
      path: [collection, index, keyField],
      message: `"${key}" is already used by ${collection}[${earlier}]`,
    });
  });
}

function checkPrescriptionIds(view: ReferenceView, problems: Problem[]): void {
  const firstUse = new Map<string, string>();
  view.sessions.forEach((session, sessionIndex) => {
    session?.prescriptions.forEach((prescription, prescriptionIndex) => {
      const id = prescription?.id;
      if (id === undefined) return;
      const earlier = firstUse.get(id);
      if (earlier === undefined) {
        firstUse.set(id, `sessions[${sessionIndex}]`);
        return;
      }
      problems.push({
        path: ["sessions", sessionIndex, "prescriptions", prescriptionIndex, "id"],
        message: `Prescription id "${id}" is already used in ${earlier}`,
      });
    });
  });
}

export function checkUniqueKeys(view: ReferenceView): Problem[] {
  const problems: Problem[] = [];
  checkList(
    view.equipment.map((item) => item?.key),
    "equipment",
    "key",
    problems,
  );
  checkList(
    view.exercises.map((item) => item?.slug),
    "exercises",
    "slug",
    problems,
  );
  checkList(
    view.sessions.map((item) => item?.key),
    "sessions",
    "key",
    problems,
  );
  checkList(
    view.phases.map((item) => item?.key),
    "phases",
    "key",
    problems,
  );
  checkList(
    view.assessments.map((item) => item?.key),
    "assessments",
    "key",
    problems,
  );
  checkList(
    view.screeningQuestions.map((item) => item?.key),
    "screeningQuestions",
    "key",
    problems,
  );
  checkPrescriptionIds(view, problems);
  return problems;
}
