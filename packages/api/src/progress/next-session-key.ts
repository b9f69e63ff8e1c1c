/** Which session template comes next: a phase rotates through its sessions in order. */
import type { Phase } from "@phasewise/domain";

export function nextSessionKey(phase: Phase, sessionsDoneInPhase: number): string | undefined {
  return phase.sessionKeys[sessionsDoneInPhase % phase.sessionKeys.length];
}
