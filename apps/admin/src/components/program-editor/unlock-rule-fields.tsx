"use client";

/**
 * The gate of a phase: how many sessions and days before the next phase unlocks, optionally
 * calm symptoms over the last sessions and a re-test. The last phase may have no gate.
 */
import type { UnlockRule } from "@phasewise/domain";

import type { Path } from "~/lib/paths";
import { fieldId, getAt } from "~/lib/paths";
import { Checkbox } from "../form/inputs";
import { DraftNumber, DraftSelect, ProblemsAt } from "./draft-fields";
import { useEditor } from "./editor-context";

const defaultRule: UnlockRule = { minSessions: 6, minDays: 14 };

export function UnlockRuleFields({ path, isLast }: { path: Path; isLast: boolean }) {
  const editor = useEditor();
  const rule = getAt(editor.doc, path) as UnlockRule | undefined;
  const id = fieldId(path);
  const assessments = editor.doc.assessments.map((assessment) => ({
    value: assessment.key,
    label: assessment.title || assessment.key,
  }));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3"
    >
      <legend className="px-1 text-base font-semibold">Unlock rule for the next phase</legend>
      <ProblemsAt path={path} />
      <Checkbox
        id={`${id}-on`}
        label="The next phase unlocks when this phase's criteria are met"
        hint={isLast ? "This is the last phase; it usually has no gate." : undefined}
        checked={rule !== undefined}
        onChange={(checked) => editor.setField(path, checked ? defaultRule : undefined)}
      />
      {rule && (
        <>
          <div className="flex flex-wrap gap-4">
            <DraftNumber path={[...path, "minSessions"]} label="Minimum sessions in this phase" />
            <DraftNumber path={[...path, "minDays"]} label="Minimum days in this phase" />
          </div>
          <Checkbox
            id={`${id}-pain`}
            label="Require calm symptoms: average pain during sessions at or below a limit"
            checked={rule.maxAveragePain !== undefined}
            onChange={(checked) =>
              editor.setField(
                [...path, "maxAveragePain"],
                checked
                  ? { value: 3, overLastSessions: Math.min(3, rule.minSessions || 3) }
                  : undefined,
              )
            }
          />
          {rule.maxAveragePain && (
            <div className="flex flex-wrap gap-4 pl-7">
              <DraftNumber
                path={[...path, "maxAveragePain", "value"]}
                label="Highest average pain (0–10)"
              />
              <DraftNumber
                path={[...path, "maxAveragePain", "overLastSessions"]}
                label="Averaged over the last sessions"
              />
            </div>
          )}
          <DraftSelect
            path={[...path, "retestRequired"]}
            label="Re-test required before unlocking"
            placeholder="No re-test"
            optional
            choices={assessments}
            className="max-w-md"
          />
        </>
      )}
    </fieldset>
  );
}
