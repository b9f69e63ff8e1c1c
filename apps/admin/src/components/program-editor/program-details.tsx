"use client";

/** The program's own text: title, summary, condition, disclaimer, stop rules and equipment. */

/** Top-level fields shown here, so their problems count on this card. */
import { DraftSelect, DraftText } from "./draft-fields";
import { DraftKeyList, DraftTextList } from "./draft-lists";
import { useEditor } from "./editor-context";

export const programFields = [
  "slug",
  "title",
  "summary",
  "condition",
  "disclaimer",
  "stopRules",
  "equipment",
  "baselineAssessmentKey",
];

export function ProgramDetails() {
  const editor = useEditor();
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <DraftText path={["title"]} label="Title" />
        <DraftText
          path={["slug"]}
          label="Slug"
          hint="Fixed: it names the program in links, enrolments and products."
          readOnly
        />
      </div>
      <DraftText path={["summary"]} label="Summary" multiline />
      <DraftText path={["condition"]} label="Condition" />
      <DraftText path={["disclaimer"]} label="Disclaimer" multiline />
      <DraftTextList
        path={["stopRules"]}
        label="Stop rules (shown before every session)"
        itemLabel="Stop rule"
        addLabel="Add a stop rule"
      />
      <DraftKeyList
        path={["equipment"]}
        label="Equipment"
        itemLabel="Equipment"
        addLabel="Add equipment"
        hint="Everything a customer may need. Exercises refer to these keys."
      />
      <DraftSelect
        path={["baselineAssessmentKey"]}
        label="Baseline assessment (taken when a customer starts)"
        placeholder="Choose an assessment…"
        className="max-w-md"
        choices={editor.doc.assessments.map((assessment) => ({
          value: assessment.key,
          label: assessment.title || assessment.key,
        }))}
      />
    </>
  );
}
