"use client";

/**
 * The items of one assessment, in the order a customer takes them: degrees items (a range of
 * motion, with the scale's low and high ends) and pain items (always 0–10), each measured once
 * or per side. Reorderable, with add, duplicate and remove.
 */
import type { Assessment, AssessmentItem } from "@phasewise/domain";

import { fieldId } from "~/lib/paths";
import { Select } from "../form/inputs";
import { duplicateAssessmentItem, newAssessmentItem, withKind } from "./assessment-operations";
import { DraftCheckbox, DraftRange, DraftText, ProblemsAt } from "./draft-fields";
import { insertAt, moveItem, removeAt } from "./draft-operations";
import { SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";
import { SortableList } from "./sortable-list";

const kindChoices = [
  { value: "degrees", label: "Range of motion (degrees)" },
  { value: "pain", label: "Pain (0–10)" },
];

export function AssessmentItems({ assessment, index }: { assessment: Assessment; index: number }) {
  const editor = useEditor();
  const path = ["assessments", index, "items"] as const;
  const { items } = assessment;
  const name = assessment.title || assessment.key;
  const itemName = (item: AssessmentItem, position: number) =>
    item.label || item.key || `Item ${position + 1}`;
  const setItems = (next: AssessmentItem[], announcement?: string) =>
    editor.change(
      (doc) => ({
        ...doc,
        assessments: doc.assessments.map((item, position) =>
          position === index ? { ...item, items: next } : item,
        ),
      }),
      announcement,
    );
  const add = (kind: AssessmentItem["kind"]) =>
    setItems(
      [...items, newAssessmentItem(items, kind)],
      `Added a ${kind === "degrees" ? "range of motion" : "pain"} item to "${name}" at position ${items.length + 1}.`,
    );
  return (
    <div id={fieldId(path)} tabIndex={-1} className="flex flex-col gap-3">
      <h4 className="text-base font-semibold">Items, in the order they are taken</h4>
      <ProblemsAt path={path} />
      <SortableList
        label={`Items of ${name}`}
        idPrefix={`${fieldId(path)}-order`}
        listName={`the items of "${name}"`}
        items={items}
        itemName={itemName}
        onMove={(from, to, announcement) => setItems(moveItem(items, from, to), announcement)}
        renderItem={(item, position, { controls }) => {
          const at = [...path, position] as const;
          const label = itemName(item, position);
          return (
            <fieldset
              id={fieldId(at)}
              tabIndex={-1}
              className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
            >
              <legend className="sr-only">{`Item ${position + 1}: ${label}`}</legend>
              <div className="flex flex-wrap items-center gap-2">
                {controls}
                <p aria-hidden="true" className="min-w-0 flex-1 truncate font-semibold">
                  {position + 1}. {label}
                </p>
                <SmallButton
                  aria-label={`Duplicate item "${label}"`}
                  onClick={() =>
                    setItems(
                      insertAt(items, position + 1, duplicateAssessmentItem(items, item)),
                      `Duplicated item "${label}".`,
                    )
                  }
                >
                  Duplicate
                </SmallButton>
                <SmallButton
                  tone="danger"
                  aria-label={`Remove item "${label}"`}
                  onClick={() =>
                    setItems(removeAt(items, position), `Removed item "${label}" from "${name}".`)
                  }
                >
                  Remove
                </SmallButton>
              </div>
              <div className="grid gap-4 sm:grid-cols-2">
                <DraftText
                  path={[...at, "key"]}
                  label={`Item ${position + 1} key`}
                  hint="Results refer to it: keep published keys as they are."
                />
                <DraftText path={[...at, "label"]} label={`Item ${position + 1} label`} />
                <Select
                  id={fieldId([...at, "kind"])}
                  label={`Item ${position + 1} measures`}
                  value={item.kind}
                  choices={kindChoices}
                  errors={editor.problemsAt([...at, "kind"])}
                  onChange={(kind) => {
                    if (kind !== "degrees" && kind !== "pain") return;
                    setItems(
                      items.map((other, i) => (i === position ? withKind(other, kind) : other)),
                    );
                  }}
                />
                <DraftCheckbox
                  path={[...at, "perSide"]}
                  label={`Item ${position + 1} is measured on each side`}
                  hint="Taken once for the left and once for the right."
                />
              </div>
              {item.kind === "degrees" && (
                <DraftRange
                  path={[...at, "range"]}
                  label={`Item ${position + 1} range`}
                  unit="degrees"
                />
              )}
              <DraftText
                path={[...at, "instructions"]}
                label={`Item ${position + 1} instructions (optional)`}
                optional
                multiline
              />
            </fieldset>
          );
        }}
      />
      <div className="flex flex-wrap gap-2">
        <SmallButton onClick={() => add("degrees")}>Add a range-of-motion item</SmallButton>
        <SmallButton onClick={() => add("pain")}>Add a pain item</SmallButton>
      </div>
    </div>
  );
}
