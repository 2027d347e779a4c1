import { describe, expect, it } from 'vitest';
import { atLeast, atMost, coarsenExclusive, coarsenIndependent, coarseShare, nearlyAll } from './homogeneity.ts';

const bars = (counts: Record<string, number>, n: number) =>
  Object.entries(counts).map(([key, count]) => ({ key, count, percent: Math.round((1000 * count) / n) / 10 }));

describe('homogeneity (ℓ-diversity)', () => {
  it('never prints a share that tells everyone’s answer: 12 of 12 doctors past the cutoff', () => {
    expect(coarseShare(12, 12, 5)).toEqual({ atLeast: 60 });
    expect(coarseShare(0, 12, 5)).toEqual({ atMost: 40 });
    // all but fewer than k
    expect(coarseShare(97, 100, 5)).toEqual({ atLeast: 90 });
    expect(coarseShare(7, 12, 5)).toBeNull();
    expect(coarseShare(8, 12, 5)).toEqual({ atLeast: 60 });
  });

  it('bounds are true whatever the hidden count', () => {
    for (let n = 5; n <= 60; n++)
      for (let k = 3; k <= 5; k++) {
        const low = atLeast(n, k);
        const high = atMost(n, k);
        if (!('atLeast' in low) || !('atMost' in high)) throw new Error('shape');
        for (let c = 0; c <= n; c++) {
          if (nearlyAll(c, n, k)) expect((100 * c) / n).toBeGreaterThanOrEqual(low.atLeast);
          if (nearlyAll(n - c, n, k)) expect((100 * c) / n).toBeLessThanOrEqual(high.atMost);
        }
      }
  });

  it('coarsens a distribution one answer dominates, and leaves a varied one alone', () => {
    const same = coarsenExclusive(bars({ a: 10, b: 1, c: 0 }, 11), 11, 5);
    expect(same.coarsened).toBe(true);
    expect(same.bars).toEqual([
      { key: 'a', count: null, percent: null, coarse: { atLeast: 60 } },
      { key: 'b', count: null, percent: null, coarse: { atMost: 40 } },
      { key: 'c', count: null, percent: null, coarse: { atMost: 40 } },
    ]);
    expect(coarsenExclusive(bars({ a: 6, b: 5, c: 0 }, 11), 11, 5).coarsened).toBe(false);
    // A small group is not coarse for being small: five different answers tell nobody's.
    expect(coarsenExclusive(bars({ a: 1, b: 1, c: 1, d: 1, e: 1 }, 5), 5, 5).coarsened).toBe(false);
    expect(coarsenExclusive(bars({ a: 3, b: 2 }, 5), 5, 5).bars.map((b) => b.coarse)).toEqual([{ atLeast: 60 }, { atMost: 40 }]);
  });

  it('treats each option of a multiple choice as ticked or not', () => {
    expect(coarsenIndependent(bars({ a: 20, b: 10, c: 2 }, 20), 20, 5).map((b) => b.coarse ?? b.count)).toEqual([{ atLeast: 80 }, 10, { atMost: 20 }]);
  });
});
