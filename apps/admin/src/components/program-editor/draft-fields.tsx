"use client";

/**
 * Inputs bound to a path in the draft: each reads its value there, writes its change there,
 * and shows the validation problems reported for that same path.
 */
import type { Choice } from "../form/inputs";
import type { Path } from "~/lib/paths";
import { fieldId, getAt } from "~/lib/paths";
import { FieldErrors } from "../form/field-shell";
import { Checkbox, NumberInput, Select, TextArea, TextInput } from "../form/inputs";
import { useEditor } from "./editor-context";

interface Bound {
  path: Path;
  label: string;
  hint?: string;
  className?: string;
  hideLabel?: boolean;
}

export function DraftText(
  props: Bound & {
    multiline?: boolean;
    /** Empty text removes the field (for optional fields such as tempo and notes). */
    optional?: boolean;
    onRename?: (from: string, to: string) => void;
    /** Replaces the plain write, for edits that must change other fields too. */
    write?: (next: string) => void;
    readOnly?: boolean;
  },
) {
  const editor = useEditor();
  const value = getAt(editor.doc, props.path);
  const common = {
    id: fieldId(props.path),
    label: props.label,
    hint: props.hint,
    errors: editor.problemsAt(props.path),
    className: props.className,
    hideLabel: props.hideLabel,
    value: typeof value === "string" ? value : "",
    onChange: (next: string) => {
      if (props.write) props.write(next);
      else editor.setField(props.path, props.optional && next === "" ? undefined : next);
      if (typeof value === "string") props.onRename?.(value, next);
    },
  };
  return props.multiline ? (
    <TextArea {...common} />
  ) : (
    <TextInput {...common} readOnly={props.readOnly} />
  );
}

export function DraftNumber(props: Bound) {
  const editor = useEditor();
  const value = getAt(editor.doc, props.path);
  return (
    <NumberInput
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      hideLabel={props.hideLabel}
      className={props.className}
      errors={editor.problemsAt(props.path)}
      value={typeof value === "number" ? value : null}
      onChange={(next) => editor.setField(props.path, next)}
    />
  );
}

export function DraftSelect(
  props: Bound & {
    choices: readonly Choice[];
    groups?: readonly { label: string; choices: readonly Choice[] }[];
    placeholder?: string;
    /** Choosing the placeholder removes the field. */
    optional?: boolean;
  },
) {
  const editor = useEditor();
  const raw = getAt(editor.doc, props.path);
  const value = typeof raw === "string" ? raw : "";
  const known = [...props.choices, ...(props.groups ?? []).flatMap((group) => group.choices)];
  // A value that names something since removed stays visible (the problem is shown with it),
  // rather than the select silently showing its first choice.
  const missing =
    value !== "" && !known.some((choice) => choice.value === value)
      ? [{ value, label: `${value} (no longer exists)` }]
      : [];
  return (
    <Select
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      className={props.className}
      errors={editor.problemsAt(props.path)}
      value={value}
      choices={[...props.choices, ...missing]}
      groups={props.groups}
      placeholder={props.placeholder}
      onChange={(next) =>
        editor.setField(props.path, props.optional && next === "" ? undefined : next)
      }
    />
  );
}

export function DraftCheckbox(props: Omit<Bound, "hideLabel">) {
  const editor = useEditor();
  const value = getAt(editor.doc, props.path);
  return (
    <Checkbox
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      className={props.className}
      errors={editor.problemsAt(props.path)}
      checked={value === true}
      onChange={(checked) => editor.setField(props.path, checked)}
    />
  );
}

/**
 * A range such as 2–3 sets: low and high ends side by side. With `nullable`, a checkbox turns
 * the range on or off (reps and holds are optional, but one of them is needed).
 */
export function DraftRange(
  props: Bound & {
    unit?: string;
    nullable?: { label: string; fallback: { min: number; max: number } };
  },
) {
  const editor = useEditor();
  const value = getAt(editor.doc, props.path);
  const on = value !== null && value !== undefined;
  const id = fieldId(props.path);
  const rangeErrors = editor.problemsAt(props.path);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3"
      aria-describedby={rangeErrors.length > 0 ? `${id}-error` : undefined}
    >
      <legend className="px-1 text-sm font-semibold text-slate-800">
        {props.label}
        {props.unit ? ` (${props.unit})` : ""}
      </legend>
      {props.nullable && (
        <Checkbox
          id={`${id}-on`}
          label={props.nullable.label}
          checked={on}
          onChange={(checked) =>
            editor.setField(props.path, checked ? props.nullable?.fallback : null)
          }
        />
      )}
      {on && (
        <div className="flex flex-wrap items-start gap-3">
          <DraftNumber path={[...props.path, "min"]} label={`${props.label}: from`} />
          <DraftNumber path={[...props.path, "max"]} label={`${props.label}: to`} />
        </div>
      )}
      <FieldErrors id={`${id}-error`} errors={rangeErrors} />
    </fieldset>
  );
}

export function ProblemsAt({ path }: { path: Path }) {
  const editor = useEditor();
  const problems = editor.problemsAt(path);
  if (problems.length === 0) return null;
  return (
    <p id={`${fieldId(path)}-error`} className="text-sm font-medium text-danger-700">
      {problems.join(" ")}
    </p>
  );
}
