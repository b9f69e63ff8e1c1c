/**
 * The advice after a session, styled by verdict. "stop" is unmistakable: danger colours, an
 * alert, and an explicit instruction to stop the program and see a clinician. "regress" points
 * at the easier versions; "stay" and "progress" are calm.
 */
import Link from "next/link";

import type { Advice, Exercise, SessionTemplate } from "@phasewise/domain";
import { cn } from "@phasewise/ui";

export interface AdvicePanelProps {
  advice: Advice;
  template: SessionTemplate;
  exercises: readonly Exercise[];
  exerciseHref?: (slug: string) => string;
}

const SCHEME: Record<Advice["verdict"], string> = {
  stop: "border-4 border-danger-700 bg-danger-50 text-slate-950",
  regress: "border-2 border-warn-700 bg-warn-50 text-slate-950",
  stay: "border border-slate-300 bg-slate-50 text-slate-950",
  progress: "border border-brand-500 bg-brand-50 text-slate-950",
};

function humanize(slug: string): string {
  const words = slug.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The easier versions of the exercises in this session, named where the library has them. */
function easierVariants(template: SessionTemplate, exercises: readonly Exercise[]) {
  const bySlug = new Map(exercises.map((exercise) => [exercise.slug, exercise]));
  const seen = new Set<string>();
  return template.prescriptions.flatMap((prescription) => {
    const exercise = bySlug.get(prescription.exerciseSlug);
    const variant = exercise?.easierVariant;
    if (exercise === undefined || variant === undefined || seen.has(variant)) return [];
    seen.add(variant);
    return [
      { from: exercise.name, slug: variant, name: bySlug.get(variant)?.name ?? humanize(variant) },
    ];
  });
}

export function AdvicePanel({ advice, template, exercises, exerciseHref }: AdvicePanelProps) {
  const isStop = advice.verdict === "stop";
  const variants = advice.verdict === "regress" ? easierVariants(template, exercises) : [];
  return (
    <section
      role={isStop ? "alert" : undefined}
      aria-labelledby="advice-title"
      className={cn("flex flex-col gap-3 rounded-xl p-5", SCHEME[advice.verdict])}
    >
      <h2
        id="advice-title"
        className={cn("text-xl font-bold", isStop ? "text-2xl text-danger-700" : "text-slate-950")}
      >
        {advice.title}
      </h2>
      {isStop && (
        <p className="text-lg font-bold text-danger-700">
          Stop the program and see a clinician (a doctor or physiotherapist) before you do another
          session.
        </p>
      )}
      <p className="text-base">{advice.message}</p>
      {advice.reasons.length > 0 && (
        <div>
          <h3 className="font-semibold">Why</h3>
          <ul className="list-disc pl-5">
            {advice.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {variants.length > 0 && (
        <div>
          <h3 className="font-semibold">Easier versions for next time</h3>
          <ul className="list-disc pl-5">
            {variants.map((variant) => (
              <li key={variant.slug}>
                Instead of {variant.from}:{" "}
                {exerciseHref ? (
                  <Link
                    href={exerciseHref(variant.slug)}
                    className="font-medium text-brand-700 underline underline-offset-4"
                  >
                    {variant.name}
                  </Link>
                ) : (
                  <strong>{variant.name}</strong>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
