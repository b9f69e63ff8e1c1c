"use client";

/** An exercise's links to other library exercises: easier and harder variants, substitutes. */
import type { Exercise } from "@phasewise/domain";

import type { Choice } from "../form/inputs";
import { Select } from "../form/inputs";
import { SmallButton } from "../program-editor/editor-card";

type Links = Partial<Pick<Exercise, "easierVariant" | "harderVariant" | "substitutes">>;

export function ExerciseLinks(props: {
  exercise: Exercise;
  choices: Choice[];
  errorsAt: (field: string) => string[] | undefined;
  onChange: (links: Links) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
      <legend className="px-1 font-semibold">Variants and substitutes</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          id="exercise-easier"
          label="Easier variant"
          placeholder="None"
          value={props.exercise.easierVariant ?? ""}
          choices={props.choices}
          errors={props.errorsAt("easierVariant")}
          onChange={(slug) => props.onChange({ easierVariant: slug || undefined })}
        />
        <Select
          id="exercise-harder"
          label="Harder variant"
          placeholder="None"
          value={props.exercise.harderVariant ?? ""}
          choices={props.choices}
          errors={props.errorsAt("harderVariant")}
          onChange={(slug) => props.onChange({ harderVariant: slug || undefined })}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold">
          Substitutes (when the equipment is missing)
        </legend>
        {props.exercise.substitutes.map((slug, index) => (
          <div key={`${slug}-${index}`} className="flex items-end gap-2">
            <Select
              id={`exercise-substitutes-${index}`}
              label={`Substitute ${index + 1}`}
              value={slug}
              choices={props.choices}
              errors={props.errorsAt(`substitutes.${index}`)}
              className="min-w-64"
              onChange={(value) =>
                props.onChange({
                  substitutes: props.exercise.substitutes.map((old, position) =>
                    position === index ? value : old,
                  ),
                })
              }
            />
            <SmallButton
              tone="danger"
              aria-label={`Remove substitute ${index + 1}`}
              onClick={() =>
                props.onChange({
                  substitutes: props.exercise.substitutes.filter(
                    (_, position) => position !== index,
                  ),
                })
              }
            >
              Remove
            </SmallButton>
          </div>
        ))}
        {props.choices.length === 0 && (
          <p className="text-sm text-slate-600">No other exercises in the library yet.</p>
        )}
        {props.choices.length > 0 && (
          <div>
            <SmallButton
              onClick={() => {
                const next = props.choices.find(
                  (choice) => !props.exercise.substitutes.includes(choice.value),
                );
                if (next)
                  props.onChange({ substitutes: [...props.exercise.substitutes, next.value] });
              }}
            >
              Add a substitute
            </SmallButton>
          </div>
        )}
      </fieldset>
    </fieldset>
  );
}
