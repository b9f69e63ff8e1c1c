"use client";

/** An editable, reorderable list of text lines (steps, cues, mistakes, safety notes…). */
import { SmallButton } from "../program-editor/editor-card";
import { SortableList } from "../program-editor/sortable-list";
import { FieldErrors } from "./field-shell";
import { TextArea, TextInput } from "./inputs";

export function TextList(props: {
  id: string;
  label: string;
  itemLabel: string;
  addLabel: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  onAnnounce: (message: string) => void;
  errorsAt: (index: number) => string[] | undefined;
  listErrors?: string[];
  hint?: string;
  multiline?: boolean;
}) {
  const { items } = props;
  return (
    <fieldset
      id={props.id}
      tabIndex={-1}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3"
    >
      <legend className="px-1 font-semibold">{props.label}</legend>
      {props.hint && <p className="text-sm text-slate-600">{props.hint}</p>}
      <FieldErrors errors={props.listErrors} />
      {items.length === 0 && <p className="text-sm text-slate-600">None yet.</p>}
      <SortableList
        label={props.label}
        idPrefix={`${props.id}-order`}
        listName={props.label.toLowerCase()}
        items={items}
        itemName={(_, index) => `${props.itemLabel} ${index + 1}`}
        onMove={(from, to, announcement) => {
          const next = [...items];
          const [moved] = next.splice(from, 1);
          if (moved !== undefined) next.splice(to, 0, moved);
          props.onChange(next);
          props.onAnnounce(announcement);
        }}
        renderItem={(item, index, { controls }) => {
          const Field = props.multiline ? TextArea : TextInput;
          return (
            <div className="flex items-start gap-2">
              {controls}
              <Field
                id={`${props.id}-${index}`}
                label={`${props.itemLabel} ${index + 1}`}
                value={item}
                errors={props.errorsAt(index)}
                className="flex-1"
                onChange={(value: string) =>
                  props.onChange(items.map((old, position) => (position === index ? value : old)))
                }
              />
              <SmallButton
                tone="danger"
                className="mt-6"
                aria-label={`Remove ${props.itemLabel.toLowerCase()} ${index + 1}`}
                onClick={() => {
                  props.onChange(items.filter((_, position) => position !== index));
                  props.onAnnounce(`Removed ${props.itemLabel.toLowerCase()} ${index + 1}.`);
                }}
              >
                Remove
              </SmallButton>
            </div>
          );
        }}
      />
      <div>
        <SmallButton
          onClick={() => {
            props.onChange([...items, ""]);
            props.onAnnounce(`Added ${props.itemLabel.toLowerCase()} ${items.length + 1}.`);
            requestAnimationFrame(() =>
              document.getElementById(`${props.id}-${items.length}`)?.focus(),
            );
          }}
        >
          {props.addLabel}
        </SmallButton>
      </div>
    </fieldset>
  );
}
