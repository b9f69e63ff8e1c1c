/** Links to each part of the draft, with how many items each part holds. */
import type { ProgramDocument } from "@phasewise/domain";

export function EditorNav({ doc }: { doc: ProgramDocument }) {
  const parts = [
    { href: "#f-program", label: "Program" },
    { href: "#f-phases", label: `Phases (${doc.phases.length})` },
    { href: "#f-sessions", label: `Sessions (${doc.sessions.length})` },
    { href: "#f-exercises", label: `Exercises (${doc.exercises.length})` },
    { href: "#f-assessments", label: `Assessments (${doc.assessments.length})` },
    { href: "#f-screeningQuestions", label: `Screening (${doc.screeningQuestions.length})` },
  ];
  return (
    <nav aria-label="Parts of the program" className="flex flex-wrap gap-4 text-brand-700">
      {parts.map((part) => (
        <a key={part.href} href={part.href} className="underline">
          {part.label}
        </a>
      ))}
    </nav>
  );
}
