/** The customer page's building blocks: a titled section and a captioned table with an empty state. */
import type { ReactNode } from "react";
import { useId } from "react";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Table({
  caption,
  headers,
  empty,
  children,
}: {
  caption: string;
  headers: string[];
  empty: string | null;
  children: ReactNode;
}) {
  if (empty) return <p className="text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-3 py-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export const cell = "px-3 py-2 align-top";
