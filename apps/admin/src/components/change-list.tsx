/**
 * A diff between two program documents, grouped by what changed: phases, sessions, exercises in
 * sessions, and so on, with every changed field's old and new value.
 */
import type { AdminOutputs } from "@phasewise/api";

import { formatValue } from "~/lib/format";

type Change = AdminOutputs["programs"]["diff"]["changes"][number];

const areaTitles: [Change["area"], string][] = [
  ["program", "Program"],
  ["equipment", "Equipment"],
  ["phase", "Phases"],
  ["session", "Sessions"],
  ["prescription", "Exercises in sessions"],
  ["exercise", "Exercise descriptions"],
  ["assessment", "Assessments"],
  ["screening-question", "Screening questions"],
];

const kindStyles: Record<Change["kind"], string> = {
  added: "bg-brand-50 text-brand-900",
  removed: "bg-danger-50 text-danger-700",
  changed: "bg-warn-50 text-warn-700",
  reordered: "bg-slate-100 text-slate-800",
};

const kindNames: Record<Change["kind"], string> = {
  added: "Added",
  removed: "Removed",
  changed: "Changed",
  reordered: "Reordered",
};

export function ChangeList({
  changes,
  headingLevel = 3,
}: {
  changes: readonly Change[];
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="flex flex-col gap-4">
      {areaTitles.map(([area, title]) => {
        const items = changes.filter((change) => change.area === area);
        if (items.length === 0) return null;
        return (
          <section key={area} className="flex flex-col gap-2">
            <Heading className="font-semibold">{title}</Heading>
            <ul className="flex flex-col gap-2">
              {items.map((change, index) => (
                <li
                  key={`${change.kind}-${change.key}-${index}`}
                  className="rounded-lg border border-slate-200 bg-white p-3"
                >
                  <p>
                    <span
                      className={`mr-2 rounded px-2 py-0.5 text-sm font-semibold ${kindStyles[change.kind]}`}
                    >
                      {kindNames[change.kind]}
                    </span>
                    {change.summary}
                  </p>
                  {change.fields && change.fields.length > 0 && (
                    <dl className="mt-2 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-1 text-sm">
                      {change.fields.map((field) => (
                        <div key={field.field} className="contents">
                          <dt className="font-medium text-slate-800">{field.field}</dt>
                          <dd className="text-slate-700">
                            <del className="text-danger-700">{formatValue(field.before)}</del>{" "}
                            <span aria-hidden="true">→</span>
                            <span className="sr-only">changed to</span>{" "}
                            <ins className="text-brand-900 no-underline">
                              {formatValue(field.after)}
                            </ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {change.order && (
                    <p className="mt-2 text-sm text-slate-700">
                      Was: {change.order.before.join(", ")}
                      <br />
                      Now: {change.order.after.join(", ")}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
