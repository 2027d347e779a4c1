/** Descriptive statistics over a distribution of (value, count) pairs: no raw responses needed. */
export type Weighted = readonly (readonly [value: number, count: number])[];

export function weightedMean(points: Weighted): number | null {
  let n = 0;
  let sum = 0;
  for (const [value, count] of points) {
    n += count;
    sum += value * count;
  }
  return n === 0 ? null : sum / n;
}

/** The median of the expanded values (mean of the two middle ones when the count is even). */
export function weightedMedian(points: Weighted): number | null {
  const sorted = points.filter(([, count]) => count > 0).toSorted((a, b) => a[0] - b[0]);
  const n = sorted.reduce((acc, [, count]) => acc + count, 0);
  if (n === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (rank < seen) return value;
    }
    return sorted.at(-1)![0];
  };
  return n % 2 === 1 ? valueAt((n - 1) / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}

export function percent(count: number, of: number): number {
  return of === 0 ? 0 : round(100 * (count / of), 1);
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A round step (1, 2, 5 × 10^n) that splits [lo, hi] into about `bins` ranges. */
export function niceStep(lo: number, hi: number, bins: number): number {
  const raw = Math.max(hi - lo, Number.EPSILON) / bins;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

export type Bin = { from: number; to: number; count: number };

/**
 * Groups numeric answers into at most ~10 ranges with round edges. Edges come from the
 * question's bounds when set, so that the chart never reveals the exact lowest or highest answer.
 */
export function binNumbers(points: Weighted, bounds: { min?: number; max?: number; integer: boolean }): Bin[] {
  const { bins, indexOf } = numberBinning(
    points.map(([value]) => value),
    bounds,
  );
  for (const [value, count] of points) {
    const index = indexOf(value);
    if (index !== undefined) bins[index]!.count += count;
  }
  return bins;
}

/**
 * The empty bins of `binNumbers` for these values, and the bin each value is counted in (the
 * same rule, so that exports put an answer in the very range the results count it in).
 */
export function numberBinning(
  values: readonly number[],
  bounds: { min?: number; max?: number; integer: boolean },
): { bins: Bin[]; indexOf: (value: number) => number | undefined } {
  if (values.length === 0) return { bins: [], indexOf: () => undefined };
  const lo = bounds.min ?? Math.min(...values);
  const hi = bounds.max ?? Math.max(...values);
  if (bounds.integer && hi - lo <= 12) {
    const first = Math.ceil(lo);
    const bins: Bin[] = [];
    for (let value = first; value <= hi; value++) bins.push({ from: value, to: value, count: 0 });
    const indexOf = (value: number) => {
      const index = value - first;
      return Number.isInteger(index) && index >= 0 && index < bins.length ? index : undefined;
    };
    return { bins, indexOf };
  }
  const step = niceStep(lo, hi, 10);
  const start = Math.floor(lo / step) * step;
  const binCount = Math.max(1, Math.floor((hi - start) / step) + 1);
  const bins: Bin[] = Array.from({ length: binCount }, (_, i) => {
    const from = round(start + i * step, 10);
    const to = bounds.integer ? round(from + step - 1, 10) : round(from + step, 10);
    return { from, to, count: 0 };
  });
  return { bins, indexOf: (value) => Math.min(binCount - 1, Math.max(0, Math.floor((value - start) / step))) };
}
