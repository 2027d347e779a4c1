import type { Bar, Coarse } from '../../schema/results.ts';

/**
 * Attribute disclosure (ℓ-diversity): a group of 12 above k, all 12 past the burnout cutoff, tells
 * every member's status. Where all, or all but fewer than k, of the people counted share one answer,
 * only a bound is shown, never the count. Pure.
 */

const floor10 = (x: number) => Math.floor(x / 10) * 10;
const ceil10 = (x: number) => Math.ceil(x / 10) * 10;

/** The fewest a « nearly all » count can be: a majority, and all but fewer than k. */
const fewestOfNearlyAll = (n: number, k: number) => Math.max(n - k + 1, Math.floor(n / 2) + 1);

/** The bound shown for a « nearly all » share: a round number it surely reaches (at most 90 %). */
export const atLeast = (n: number, k: number): Coarse => ({ atLeast: Math.min(90, Math.max(0, floor10((100 * fewestOfNearlyAll(n, k)) / n))) });
/** The bound shown for the share of the few others: a round number it surely stays under (at least 10 %). */
export const atMost = (n: number, k: number): Coarse => ({ atMost: Math.max(10, Math.min(100, ceil10((100 * (n - fewestOfNearlyAll(n, k))) / n))) });

/** Whether a count out of n is « nearly all »: a majority, with fewer than k people left (all of them included). */
export const nearlyAll = (count: number, n: number, k: number) => n > 0 && count >= fewestOfNearlyAll(n, k);

const hidden = (bar: Bar, coarse: Coarse): Bar => ({ key: bar.key, count: null, percent: null, coarse });

/**
 * One answer per person (a single choice, a scale, a matrix row, ranges, months): when one answer
 * holds nearly everyone, it shows as « at least … % » and the others, fewer than k together, as « at most … % ».
 */
export function coarsenExclusive(bars: readonly Bar[], n: number, k: number): { bars: Bar[]; coarsened: boolean } {
  const dominant = bars.find((b) => b.count !== null && nearlyAll(b.count, n, k));
  if (!dominant) return { bars: [...bars], coarsened: false };
  return { bars: bars.map((b) => (b.withheld ? b : hidden(b, b === dominant ? atLeast(n, k) : atMost(n, k)))), coarsened: true };
}

/** Each option ticked or not (multiple choice): an option nearly everyone ticked, or nearly nobody, shows as a bound. */
export function coarsenIndependent(bars: readonly Bar[], n: number, k: number): Bar[] {
  return bars.map((b) => {
    if (b.count === null || b.withheld) return b;
    if (nearlyAll(b.count, n, k)) return hidden(b, atLeast(n, k));
    if (nearlyAll(n - b.count, n, k)) return hidden(b, atMost(n, k));
    return b;
  });
}

/** A yes/no share (past a cutoff or not): its count, or a bound when nearly everyone is on one side. */
export function coarseShare(count: number, n: number, k: number): Coarse | null {
  if (nearlyAll(count, n, k)) return atLeast(n, k);
  if (nearlyAll(n - count, n, k)) return atMost(n, k);
  return null;
}
