/**
 * Cross-check: phases point at real sessions and assessments, and every gate can actually be
 * passed as written. A gate that cannot open would strand customers in a phase.
 */
import type { Problem } from "./problem";
import type { ReferenceView } from "./reference-view";
import { collectKeys } from "./reference-view";

function checkSessionKeys(
  sessionKeys: readonly (string | undefined)[],
  known: Set<string>,
  phaseIndex: number,
  problems: Problem[],
): void {
  const seen = new Set<string>();
  sessionKeys.forEach((key, keyIndex) => {
    if (key === undefined) return;
    const path = ["phases", phaseIndex, "sessionKeys", keyIndex];
    if (!known.has(key)) problems.push({ path, message: `Unknown session "${key}"` });
    if (seen.has(key)) problems.push({ path, message: `Session "${key}" is listed twice` });
    seen.add(key);
  });
}

export function checkPhases(view: ReferenceView): Problem[] {
  const problems: Problem[] = [];
  const sessionKeys = collectKeys(view.sessions);
  const assessmentKeys = collectKeys(view.assessments);
  const lastIndex = view.phases.length - 1;

  view.phases.forEach((phase, index) => {
    if (phase === undefined) return;
    checkSessionKeys(phase.sessionKeys, sessionKeys, index, problems);

    const rule = phase.unlockRule;
    if (rule === undefined) {
      if (index < lastIndex) {
        problems.push({
          path: ["phases", index, "unlockRule"],
          message: "Every phase except the last needs an unlock rule for the next phase",
        });
      }
      return;
    }
    if (rule.retestRequired !== undefined && !assessmentKeys.has(rule.retestRequired)) {
      problems.push({
        path: ["phases", index, "unlockRule", "retestRequired"],
        message: `Unknown assessment "${rule.retestRequired}"`,
      });
    }
    // Averaging over more sessions than required silently raises the session minimum.
    const window = rule.maxAveragePain?.overLastSessions;
    const minSessions = rule.minSessions;
    if (
      window !== undefined &&
      minSessions !== undefined &&
      minSessions >= 1 &&
      window > minSessions
    ) {
      problems.push({
        path: ["phases", index, "unlockRule", "maxAveragePain", "overLastSessions"],
        message: `Averages over ${window} sessions but only ${minSessions} are required; raise minSessions or shorten the window`,
      });
    }
  });

  const baseline = view.baselineAssessmentKey;
  if (baseline !== undefined && !assessmentKeys.has(baseline)) {
    problems.push({ path: ["baselineAssessmentKey"], message: `Unknown assessment "${baseline}"` });
  }
  return problems;
}
