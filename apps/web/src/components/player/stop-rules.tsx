/** The program's stop rules, shown before a session where they cannot be missed. */
export function StopRules({ rules }: { rules: readonly string[] }) {
  if (rules.length === 0) return null;
  return (
    <section
      aria-labelledby="stop-rules-heading"
      className="rounded-xl border-2 border-danger-600 bg-danger-50 p-4 text-slate-900"
    >
      <h2 id="stop-rules-heading" className="text-lg font-bold text-danger-700">
        Stop the session if…
      </h2>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
