/**
 * Merging the change lists of consecutive draft saves, so one coalesced audit entry reads as the
 * net effect of a burst of autosaves: a field edited three times shows its first "before" and its
 * last "after"; a field edited and put back disappears. The list is capped (the audit log is not
 * a place for a 200-line diff); what is left out is counted, never silently dropped.
 */
import type { FieldChange, ProgramChange } from "./diff-program";
import { describeChange, isDeepEqual } from "./diff-program";

/** Changes kept in one audit entry; the rest are counted in `moreChanges`. */
export const maxAuditedChanges = 50;

/** Which item a change is about, and how: the same item changed twice is one entry. */
function identityOf(change: ProgramChange): string {
  return [change.kind, change.area, change.parent?.key ?? "", change.key].join("\u0000");
}

function mergeFields(older: FieldChange[], newer: FieldChange[]): FieldChange[] {
  const merged = older.map((field) => ({ ...field }));
  for (const field of newer) {
    const existing = merged.find((item) => item.field === field.field);
    if (existing) existing.after = field.after;
    else merged.push({ ...field });
  }
  return merged.filter((field) => !isDeepEqual(field.before, field.after));
}

/** The newer change folded into the older one about the same item; null when they cancel out. */
function mergeChange(older: ProgramChange, newer: ProgramChange): ProgramChange | null {
  if (newer.kind === "changed") {
    const fields = mergeFields(older.fields ?? [], newer.fields ?? []);
    if (fields.length === 0) return null;
    const change = { ...newer, fields };
    return { ...change, summary: describeChange(change) };
  }
  if (newer.kind === "reordered" && older.order && newer.order) {
    const order = { before: older.order.before, after: newer.order.after };
    if (isDeepEqual(order.before, order.after)) return null;
    return { ...newer, order };
  }
  // Added or removed again: the latest record of the item is the one worth keeping.
  return newer;
}

export interface MergedChanges {
  changes: ProgramChange[];
  /** Changes left out of `changes` by the cap ("+N more"). */
  moreChanges: number;
}

/** `newer` applied on top of `older` (itself possibly capped, with `olderMore` left out). */
export function mergeChanges(
  older: readonly ProgramChange[],
  newer: readonly ProgramChange[],
  olderMore = 0,
): MergedChanges {
  const merged: (ProgramChange | null)[] = [...older];
  for (const change of newer) {
    const index = merged.findIndex((item) => item && identityOf(item) === identityOf(change));
    const existing = index === -1 ? undefined : merged[index];
    if (existing) merged[index] = mergeChange(existing, change);
    else merged.push(change);
  }
  return capChanges(
    merged.filter((change): change is ProgramChange => change !== null),
    olderMore,
  );
}

export function capChanges(changes: readonly ProgramChange[], alreadyLeftOut = 0): MergedChanges {
  return {
    changes: changes.slice(0, maxAuditedChanges),
    moreChanges: alreadyLeftOut + Math.max(0, changes.length - maxAuditedChanges),
  };
}
