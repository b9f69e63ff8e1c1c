/** Headline figures as a definition list of cards: the number, its name, and what it counts. */
export interface HeadlineFigure {
  label: string;
  value: string;
  detail: string;
}

export function HeadlineFigures({ figures }: { figures: HeadlineFigure[] }) {
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((figure) => (
        <div
          key={figure.label}
          className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <dt className="text-sm font-medium text-slate-700">{figure.label}</dt>
          <dd className="order-first text-2xl font-semibold text-slate-900 tabular-nums">
            {figure.value}
          </dd>
          <dd className="text-sm text-slate-600">{figure.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
