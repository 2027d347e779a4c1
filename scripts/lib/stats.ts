/** Small statistics helpers for benches. */

/**
 * The p-th percentile (0–100) of values sorted ascending, by linear interpolation between
 * closest ranks (numpy's default). NaN for an empty list.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0]!;
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

export type Summary = { count: number; min: number; mean: number; p50: number; p90: number; p99: number; max: number };

export function summarize(values: readonly number[]): Summary {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  const sum = list.reduce((total, x) => total + x, 0);
  return {
    count: list.length,
    min: list.length ? list[0]! : Number.NaN,
    mean: list.length ? sum / list.length : Number.NaN,
    p50: percentile(list, 50),
    p90: percentile(list, 90),
    p99: percentile(list, 99),
    max: list.length ? list[list.length - 1]! : Number.NaN,
  };
}

/** Rounds to a number of decimals (2 by default), keeping a number. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
