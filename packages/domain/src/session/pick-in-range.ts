/**
 * Picks the value a customer works at inside a prescribed range. Out-of-range or non-numeric
 * choices are clamped rather than rejected, because they usually come from a stale device
 * setting after the program was edited.
 */
import type { Range } from "../schemas/primitives";

export function pickInRange(range: Range, choice: number | undefined): number {
  if (choice === undefined || !Number.isFinite(choice)) return range.min;
  return Math.min(range.max, Math.max(range.min, Math.round(choice)));
}
