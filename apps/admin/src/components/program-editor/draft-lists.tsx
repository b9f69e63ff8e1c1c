"use client";

/**
 * Lists inside the draft: plain text lines (stop rules) and labelled keys (equipment, positions,
 * directions), each reorderable, with add and remove.
 */
import type { LabelledKey } from "@phasewise/domain";

import type { Path } from "~/lib/paths";
import { fieldId, getAt, setAt } from "~/lib/paths";
import { DraftText, ProblemsAt } from "./draft-fields";
import { insertAt, moveItem, removeAt, uniqueKey } from "./draft-operations";
import { SmallButton } from "./editor-card";
import { useEditor } from "./editor-context";
import { SortableList } from "./sortable-list";

export function DraftTextList(props: {
  path: Path;
  label: string;
  itemLabel: string;
  addLabel: string;
  multiline?: boolean;
}) {
  const editor = useEditor();
  const raw = getAt(editor.doc, props.path);
  const items = Array.isArray(raw) ? raw.map((item) => (typeof item === "string" ? item : "")) : [];
  const id = fieldId(props.path);
  return (
    <fieldset id={id} tabIndex={-1} className="flex flex-col gap-3">
      <legend className="text-base font-semibold">{props.label}</legend>
      <ProblemsAt path={props.path} />
      <SortableList
        label={props.label}
        idPrefix={`${id}-order`}
        listName={props.label.toLowerCase()}
        items={items}
        itemName={(item, index) =>
          `${props.itemLabel} ${index + 1}${item ? `: ${item.slice(0, 40)}` : ""}`
        }
        onMove={(from, to, announcement) =>
          editor.change((doc) => setAt(doc, props.path, moveItem(items, from, to)), announcement)
        }
        renderItem={(_, index, { controls }) => (
          <div className="flex items-start gap-2">
            {controls}
            <DraftText
              path={[...props.path, index]}
              label={`${props.itemLabel} ${index + 1}`}
              multiline={props.multiline}
              className="flex-1"
            />
            <SmallButton
              tone="danger"
              aria-label={`Remove ${props.itemLabel.toLowerCase()} ${index + 1}`}
              className="mt-6"
              onClick={() =>
                editor.change(
                  (doc) => setAt(doc, props.path, removeAt(items, index)),
                  `Removed ${props.itemLabel.toLowerCase()} ${index + 1}.`,
                )
              }
            >
              Remove
            </SmallButton>
          </div>
        )}
      />
      <div>
        <SmallButton
          onClick={() =>
            editor.change(
              (doc) => setAt(doc, props.path, [...items, ""]),
              `Added ${props.itemLabel.toLowerCase()} ${items.length + 1}.`,
            )
          }
        >
          {props.addLabel}
        </SmallButton>
      </div>
    </fieldset>
  );
}

export function DraftKeyList(props: {
  path: Path;
  label: string;
  itemLabel: string;
  addLabel: string;
  hint?: string;
  keyHint?: string;
}) {
  const editor = useEditor();
  const raw = getAt(editor.doc, props.path);
  const items = (Array.isArray(raw) ? raw : []) as LabelledKey[];
  const id = fieldId(props.path);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3"
    >
      <legend className="px-1 text-sm font-semibold text-slate-800">{props.label}</legend>
      {props.hint && <p className="text-sm text-slate-600">{props.hint}</p>}
      <ProblemsAt path={props.path} />
      {items.length === 0 && <p className="text-sm text-slate-600">None.</p>}
      <SortableList
        label={props.label}
        idPrefix={`${id}-order`}
        listName={props.label.toLowerCase()}
        items={items}
        itemName={(item, index) => item.label || item.key || `${props.itemLabel} ${index + 1}`}
        onMove={(from, to, announcement) =>
          editor.change((doc) => setAt(doc, props.path, moveItem(items, from, to)), announcement)
        }
        renderItem={(item, index, { controls }) => (
          <div className="flex items-start gap-2">
            <div className="mt-6">{controls}</div>
            <div className="grid min-w-0 flex-1 gap-2 md:grid-cols-[minmax(7rem,12rem)_1fr]">
              <DraftText
                path={[...props.path, index, "key"]}
                label={`${props.itemLabel} ${index + 1} key`}
                hint={index === 0 ? props.keyHint : undefined}
              />
              <DraftText
                path={[...props.path, index, "label"]}
                label={`${props.itemLabel} ${index + 1} label`}
              />
            </div>
            <SmallButton
              tone="danger"
              className="mt-6"
              aria-label={`Remove ${props.itemLabel.toLowerCase()} "${item.label || item.key}"`}
              onClick={() =>
                editor.change(
                  (doc) => setAt(doc, props.path, removeAt(items, index)),
                  `Removed ${props.itemLabel.toLowerCase()} "${item.label || item.key}".`,
                )
              }
            >
              Remove
            </SmallButton>
          </div>
        )}
      />
      <div>
        <SmallButton
          onClick={() => {
            const key = uniqueKey(
              props.itemLabel,
              items.map((item) => item.key),
            );
            editor.change(
              (doc) => setAt(doc, props.path, insertAt(items, items.length, { key, label: "" })),
              `Added ${props.itemLabel.toLowerCase()} ${items.length + 1}.`,
            );
          }}
        >
          {props.addLabel}
        </SmallButton>
      </div>
    </fieldset>
  );
}
