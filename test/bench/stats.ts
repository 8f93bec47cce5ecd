/** Small statistics for the benchmark: medians, nearest-rank percentiles, frame summaries. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}

/** Nearest-rank percentile, p in 0..100. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Share of frames longer than 1.5 vsync intervals (16.7 ms): visibly janky. */
  jankShare: number;
}

/** Frame durations (ms) from requestAnimationFrame timestamps, one list per repetition. */
export function frameStats(runs: readonly (readonly number[])[]): FrameStats {
  const deltas: number[] = [];
  for (const stamps of runs) {
    for (let i = 1; i < stamps.length; i++) deltas.push((stamps[i] ?? 0) - (stamps[i - 1] ?? 0));
  }
  const sum = deltas.reduce((s, d) => s + d, 0);
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: deltas.length ? Math.max(...deltas) : Number.NaN,
    mean: deltas.length ? sum / deltas.length : Number.NaN,
    jankShare: deltas.length ? deltas.filter((d) => d > 25).length / deltas.length : Number.NaN,
  };
}

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};
