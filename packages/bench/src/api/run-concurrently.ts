/**
 * Runs `count` calls with at most `concurrency` in flight and times each one. Bounded: every
 * worker takes the next index until all are taken. Failures are counted, not thrown, so one
 * bad call still leaves the figures of the others.
 */
import { performance } from "node:perf_hooks";

export interface LoadResult {
  durationsMs: number[];
  wallMs: number;
  failures: number;
  firstFailure?: string;
}

export async function runConcurrently(
  count: number,
  concurrency: number,
  call: (index: number) => Promise<unknown>,
): Promise<LoadResult> {
  const durationsMs: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const started = performance.now();
      try {
        await call(index);
        durationsMs.push(performance.now() - started);
      } catch (error) {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { durationsMs, wallMs: performance.now() - started, failures, firstFailure };
}

/** Nearest-rank percentile of `values` (0 < p ≤ 100); NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}
