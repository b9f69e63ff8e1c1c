/**
 * Timing assumptions behind a session's estimated duration. The estimate is what a customer
 * sees before starting ("about 12 minutes"), so it errs slightly long rather than short.
 */

export const TIMING = {
  /** Countdown before each exercise: long enough to read the setup and get into position. */
  getReadySeconds: 10,
  /** One self-paced rep at a controlled tempo (about 2 s each way). */
  secondsPerSelfPacedRep: 4,
  /** Moving into and out of each hold, on top of the hold itself. */
  holdTransitionSeconds: 2,
  /** Changing legs, including re-finding the setup. */
  switchSideSeconds: 10,
  /** Moving to the next hip angle within the same setup. */
  changePositionSeconds: 5,
} as const;

/** Rounded to the nearest minute, never below one, so short drills do not read "0 min". */
export function toEstimatedMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}
