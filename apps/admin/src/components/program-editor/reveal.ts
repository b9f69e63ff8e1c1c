/**
 * Taking an author to a problem: the cards that hold the field at a path are opened, then focus
 * moves to the nearest element that exists for that path (the field, else its card or list).
 */
import type { ProgramDocument } from "@phasewise/domain";

import type { Path } from "~/lib/paths";
import { fieldId } from "~/lib/paths";
import { assessmentCard } from "./assessments-section";
import { phaseCard } from "./phases-section";
import { prescriptionCard } from "./prescription-card";
import { programFields } from "./program-details";
import { questionCard } from "./screening-section";
import { sessionCard } from "./session-card";

/** The ids of the cards around the field at `path`. */
export function cardsAlong(doc: ProgramDocument, path: Path): string[] {
  const [area, index, list, position] = path;
  if (typeof area === "string" && programFields.includes(area)) return ["program"];
  if (typeof index !== "number") return [];
  if (area === "phases") return [phaseCard(doc.phases[index]?.key ?? "")];
  if (area === "assessments") return [assessmentCard(doc.assessments[index]?.key ?? "")];
  if (area === "screeningQuestions") {
    return [questionCard(doc.screeningQuestions[index]?.key ?? "")];
  }
  if (area === "sessions") {
    const session = doc.sessions[index];
    const cards = [sessionCard(session?.key ?? "")];
    if (list === "prescriptions" && typeof position === "number") {
      cards.push(prescriptionCard(session?.prescriptions[position]?.id ?? ""));
    }
    return cards;
  }
  return [];
}

export function focusNearest(path: Path) {
  requestAnimationFrame(() => {
    for (let length = path.length; length >= 0; length--) {
      const element = document.getElementById(fieldId(path.slice(0, length)));
      if (element) {
        element.focus();
        element.scrollIntoView({ block: "center" });
        return;
      }
    }
  });
}
