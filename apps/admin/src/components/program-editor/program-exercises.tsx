"use client";

/**
 * The exercises this program carries (its own copies, frozen with each version): how often each
 * is prescribed, whether the library has a newer copy, and adding more from the library.
 */
import { useState } from "react";
import Link from "next/link";

import { isDeepEqual } from "~/lib/deep-equal";
import { fieldId } from "~/lib/paths";
import { Select } from "../form/inputs";
import { prescriptionsUsing, putExercises, removeAt } from "./draft-operations";
import { SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";

export function ProgramExercises() {
  const editor = useEditor();
  const [choice, setChoice] = useState("");
  const [busy, setBusy] = useState(false);
  const { exercises } = editor.doc;
  const inProgram = new Set(exercises.map((exercise) => exercise.slug));
  const addable = editor.library.filter((entry) => !inProgram.has(entry.slug));
  return (
    <section
      id="f-exercises"
      tabIndex={-1}
      aria-labelledby="exercises-heading"
      className="flex flex-col gap-3"
    >
      <h2 id="exercises-heading" className="text-xl font-semibold">
        Exercises in this program
      </h2>
      <p className="text-slate-700">
        The program keeps its own copy of each exercise, frozen into every version it publishes.
        Edit exercises in the{" "}
        <Link href="/exercises" className="font-medium text-brand-700 underline">
          library
        </Link>
        , then update the copy here.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Exercises in this program</caption>
          <thead className="bg-slate-100 text-sm">
            <tr>
              <th scope="col" className="px-3 py-2">
                Exercise
              </th>
              <th scope="col" className="px-3 py-2">
                Prescribed
              </th>
              <th scope="col" className="px-3 py-2">
                Library
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {exercises.map((exercise, index) => {
              const uses = prescriptionsUsing(editor.doc, exercise.slug);
              const library = editor.libraryCopies.get(exercise.slug);
              const problems = editor.problemListUnder(["exercises", index]);
              return (
                <tr
                  key={`${exercise.slug}-${index}`}
                  id={fieldId(["exercises", index])}
                  tabIndex={-1}
                  className="border-t border-slate-200 align-top"
                >
                  <td className="px-3 py-2">
                    <span className="font-medium">{exercise.name || exercise.slug}</span>
                    <span className="block text-sm text-slate-600">{exercise.slug}</span>
                    {problems.length > 0 && (
                      <ul className="mt-1 text-sm font-medium text-danger-700">
                        {problems.map((problem) => (
                          <li key={`${problem.path.join(".")}-${problem.message}`}>
                            {problem.path.slice(2).join(".") || "exercise"}: {problem.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-2">{uses === 0 ? "Not used" : `${uses}×`}</td>
                  <td className="px-3 py-2">
                    {!library ? (
                      "Not in the library"
                    ) : isDeepEqual(library, exercise) ? (
                      "Same as the library"
                    ) : (
                      <SmallButton
                        aria-label={`Update "${exercise.name}" from the library`}
                        onClick={() =>
                          editor.change(
                            (doc) => putExercises(doc, [library]).doc,
                            `Updated "${exercise.name}" from the library.`,
                          )
                        }
                      >
                        Update from library
                      </SmallButton>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {uses === 0 && (
                      <SmallButton
                        tone="danger"
                        aria-label={`Remove "${exercise.name}" from the program`}
                        onClick={() =>
                          editor.change(
                            (doc) => ({ ...doc, exercises: removeAt(doc.exercises, index) }),
                            `Removed "${exercise.name}" from the program.`,
                          )
                        }
                      >
                        Remove
                      </SmallButton>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {addable.length > 0 && (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!choice) return;
            setBusy(true);
            void editor.addFromLibrary(choice).finally(() => {
              setBusy(false);
              setChoice("");
            });
          }}
        >
          <Select
            id="add-library-exercise"
            label="Add an exercise from the library"
            value={choice}
            placeholder="Choose an exercise…"
            choices={addable.map((entry) => ({ value: entry.slug, label: entry.name }))}
            onChange={setChoice}
            className="min-w-72"
          />
          <SmallButton type="submit" disabled={!choice || busy}>
            {busy ? "Adding…" : "Add to program"}
          </SmallButton>
        </form>
      )}
    </section>
  );
}
