import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Weighted } from './stats.ts';

/** 95% confidence intervals for the report's means and proportions. Pure. */

/** The 0.975 quantile of the standard normal distribution, for two-sided 95% intervals. */
export const Z_95 = 1.959964;

export type MeanInterval = {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); `null` for a single value. */
  sd: number | null;
  /** mean ± t(0.975, n − 1) × SD / √n; `null` for a single value (no spread to estimate). */
  lower: number | null;
  upper: number | null;
};

/** Mean of the values with its 95% Student t-interval; `null` without values. */
export function meanInterval(values: readonly number[]): MeanInterval | null {
  return weightedMeanInterval(values.map((value) => [value, 1] as const));
}

/** The same over a distribution of (value, count) pairs. */
export function weightedMeanInterval(points: Weighted): MeanInterval | null {
  let n = 0;
  let sum = 0;
  for (const [value, count] of points) {
    n += count;
    sum += value * count;
  }
  if (n === 0) return null;
  const mean = sum / n;
  if (n === 1) return { n, mean, sd: null, lower: null, upper: null };
  let squares = 0;
  for (const [value, count] of points) squares += count * (value - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, lower: mean - half, upper: mean + half };
}

/**
 * The same from pre-aggregated sums (n, Σx, Σx²), as the tallies keep them: the report never
 * reads individual responses. Σx² − (Σx)²/n can round a hair below 0 for identical values.
 */
export function meanIntervalFromSums(n: number, sum: number, squares: number): MeanInterval | null {
  if (n <= 0) return null;
  const mean = sum / n;
  if (n === 1) return { n, mean, sd: null, lower: null, upper: null };
  const sd = Math.sqrt(Math.max(0, squares - (sum * sum) / n) / (n - 1));
  const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, lower: mean - half, upper: mean + half };
}

export type ProportionInterval = {
  count: number;
  n: number;
  /** count / n, 0–1. */
  proportion: number;
  /** 95% Wilson score interval, 0–1. */
  lower: number;
  upper: number;
};

/**
 * Proportion with its 95% Wilson score interval:
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.959964. Unlike the Wald interval it
 * stays within [0, 1] and keeps a width at 0/n and n/n. `null` when n is 0.
 */
export function wilsonInterval(count: number, n: number): ProportionInterval | null {
  if (!Number.isInteger(count) || !Number.isInteger(n) || count < 0 || count > n) throw new RangeError(`Invalid proportion ${count}/${n}`);
  if (n === 0) return null;
  const p = count / n;
  const z2 = Z_95 * Z_95;
  const centre = p + z2 / (2 * n);
  const spread = Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  return {
    count,
    n,
    proportion: p,
    // Rounding can leave −1e-17 at 0/n or 1 + 1e-16 at n/n.
    lower: count === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: count === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}
