import { describe, expect, it } from 'vitest';
import { binNumbers, niceStep, percent, weightedMean, weightedMedian } from './stats.ts';

describe('weighted statistics', () => {
  it('computes the mean and median of a distribution', () => {
    // 1,1,2,4,4,4,5 → mean 3, median 4
    const points = [
      [1, 2],
      [2, 1],
      [4, 3],
      [5, 1],
    ] as const;
    expect(weightedMean(points)).toBe(3);
    expect(weightedMedian(points)).toBe(4);
  });

  it('averages the two middle values when the count is even', () => {
    expect(
      weightedMedian([
        [1, 2],
        [3, 1],
        [10, 1],
      ]),
    ).toBe(2); // 1,1,3,10
    expect(
      weightedMedian([
        [7, 1],
        [2, 1],
      ]),
    ).toBe(4.5);
  });

  it('has no mean or median without data', () => {
    expect(weightedMean([])).toBeNull();
    expect(weightedMedian([[3, 0]])).toBeNull();
  });

  it('rounds percentages to one decimal and survives an empty base', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('binNumbers', () => {
  it('keeps one bar per value for small integer ranges', () => {
    expect(
      binNumbers(
        [
          [1, 2],
          [3, 1],
        ],
        { min: 0, max: 4, integer: true },
      ),
    ).toEqual([
      { from: 0, to: 0, count: 0 },
      { from: 1, to: 1, count: 2 },
      { from: 2, to: 2, count: 0 },
      { from: 3, to: 3, count: 1 },
      { from: 4, to: 4, count: 0 },
    ]);
  });

  it('groups wide ranges into round bins from the question bounds', () => {
    const bins = binNumbers(
      [
        [0, 1],
        [12, 2],
        [50, 1],
      ],
      { min: 0, max: 50, integer: true },
    );
    expect(niceStep(0, 50, 10)).toBe(5);
    expect(bins).toHaveLength(11);
    expect(bins[0]).toEqual({ from: 0, to: 4, count: 1 });
    expect(bins[2]).toEqual({ from: 10, to: 14, count: 2 });
    expect(bins[10]).toEqual({ from: 50, to: 54, count: 1 });
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(4);
  });

  it('hides exact extremes of unbounded decimals inside round bins', () => {
    const bins = binNumbers(
      [
        [1.3, 1],
        [7.9, 1],
      ],
      { integer: false },
    );
    expect(bins[0]!.from).toBe(1);
    expect(bins.at(-1)!.to).toBe(8);
  });
});
