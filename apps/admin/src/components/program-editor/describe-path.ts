/**
 * Names the place of a validation problem the way an author thinks of it:
 * `Session "Range at every angle" › exercise 2 "Hip axial rotation" › reps › max`.
 */
import type { ProgramDocument } from "@phasewise/domain";

import type { Path } from "~/lib/paths";

const fieldNames: Record<string, string> = {
  minSessions: "minimum sessions",
  minDays: "minimum days",
  maxAveragePain: "calm symptoms",
  overLastSessions: "sessions averaged",
  retestRequired: "re-test",
  unlockRule: "unlock rule",
  sessionKeys: "sessions",
  recommendedSessionsPerWeek: "sessions per week",
  holdSeconds: "hold",
  restSeconds: "rest",
  exerciseSlug: "exercise",
  setLabel: "count in",
  baselineAssessmentKey: "baseline assessment",
  stopRules: "stop rules",
  screeningQuestions: "screening questions",
  perSide: "each side",
  redFlag: "red flag",
  min: "from",
  max: "to",
};

/** The first non-empty text, so an untitled item falls back to its key. */
function firstText(...values: (string | undefined)[]): string {
  return values.find((value) => value !== undefined && value !== "") ?? "";
}

function name(part: string | number): string {
  return typeof part === "number" ? String(part + 1) : (fieldNames[part] ?? part);
}

export function describePath(doc: ProgramDocument, path: Path): string {
  const [area, index, ...rest] = path;
  const tail = (parts: readonly (string | number)[]) => parts.map(name);
  if (typeof index !== "number") return tail(path).join(" › ") || "Program";
  if (area === "phases") {
    const phase = doc.phases[index];
    return [`Phase ${index + 1} “${firstText(phase?.title, phase?.key)}”`, ...tail(rest)].join(
      " › ",
    );
  }
  if (area === "sessions") {
    const session = doc.sessions[index];
    const head = `Session “${firstText(session?.title, session?.key, String(index + 1))}”`;
    const [list, position, ...more] = rest;
    if (list === "prescriptions" && typeof position === "number") {
      const slug = session?.prescriptions[position]?.exerciseSlug;
      const exercise = doc.exercises.find((item) => item.slug === slug)?.name ?? slug ?? "";
      return [head, `exercise ${position + 1} “${exercise}”`, ...tail(more)].join(" › ");
    }
    return [head, ...tail(rest)].join(" › ");
  }
  if (area === "exercises") {
    const exercise = doc.exercises[index];
    return [
      `Exercise “${firstText(exercise?.name, exercise?.slug, String(index + 1))}”`,
      ...tail(rest),
    ].join(" › ");
  }
  if (area === "assessments") {
    const assessment = doc.assessments[index];
    const head = `Assessment “${firstText(assessment?.title, assessment?.key, String(index + 1))}”`;
    const [list, position, ...more] = rest;
    if (list === "items" && typeof position === "number") {
      const item = assessment?.items[position];
      return [
        head,
        `item ${position + 1} “${firstText(item?.label, item?.key)}”`,
        ...tail(more),
      ].join(" › ");
    }
    return [head, ...tail(rest)].join(" › ");
  }
  if (area === "screeningQuestions") {
    const question = doc.screeningQuestions[index];
    return [
      `Screening question ${index + 1} “${firstText(question?.key, question?.text)}”`,
      ...tail(rest),
    ].join(" › ");
  }
  return [`${name(area ?? "")} ${index + 1}`, ...tail(rest)].join(" › ");
}
