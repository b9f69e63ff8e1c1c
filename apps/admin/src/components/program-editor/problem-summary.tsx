"use client";

/**
 * Every problem in the draft as a list of links: choosing one opens the cards around the field
 * and moves focus to it. A draft with problems saves, but cannot be published.
 */
import type { Problem } from "@phasewise/domain";
import { Notice } from "@phasewise/ui";

import type { Path } from "~/lib/paths";
import { fieldId } from "~/lib/paths";
import { describePath } from "./describe-path";
import { useEditor } from "./editor-context";

export function ProblemSummary(props: {
  problems: readonly Problem[];
  onReveal: (path: Path) => void;
}) {
  const editor = useEditor();
  if (props.problems.length === 0) {
    return (
      <Notice tone="success" title="No problems">
        This draft is valid and can be published.
      </Notice>
    );
  }
  const count = props.problems.length;
  return (
    <section
      aria-labelledby="problems-heading"
      className="rounded-lg border-l-4 border-danger-600 bg-danger-50 p-4 text-danger-700"
    >
      <h2 id="problems-heading" className="font-semibold">
        {count} {count === 1 ? "problem" : "problems"} to fix before publishing
      </h2>
      <p className="text-sm">The draft is still saved; each problem is shown at its field.</p>
      <ul className="mt-2 flex max-h-64 flex-col gap-1 overflow-y-auto">
        {props.problems.map((problem, index) => (
          <li key={`${problem.path.join(".")}-${index}`}>
            <a
              href={`#${fieldId(problem.path)}`}
              className="underline"
              onClick={(event) => {
                event.preventDefault();
                props.onReveal(problem.path);
              }}
            >
              {describePath(editor.doc, problem.path)}: {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
