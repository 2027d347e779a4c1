import { describe, expect, it } from 'vitest';
import { meanInterval, meanIntervalFromSums, weightedMeanInterval, wilsonInterval } from './intervals.ts';
import { round } from './stats.ts';

const oneDecimal = (value: number | null) => (value === null ? null : round(value, 1));
const percents = (count: number, n: number) => {
  const interval = wilsonInterval(count, n)!;
  return [interval.proportion, interval.lower, interval.upper].map((value) => round(100 * value, 1));
};

describe('meanInterval (95% Student t)', () => {
  it('matches the worked example: 50, 75, 25, 100, 50 → 60, SD 28.504, [24.6; 95.4]', () => {
    const result = meanInterval([50, 75, 25, 100, 50])!;
    expect(result.n).toBe(5);
    expect(result.mean).toBe(60);
    expect(result.sd).toBeCloseTo(28.504, 3); // √(3250 / 4)
    expect([oneDecimal(result.lower), oneDecimal(result.upper)]).toEqual([24.6, 95.4]);
    // t(0.975, 4) = 2.776445: half-width = 2.776445 × 28.504 / √5 = 35.393
    expect(result.upper! - result.mean).toBeCloseTo(2.7764451 * Math.sqrt(812.5 / 5), 5);
  });

  it('uses the t quantile for the degrees of freedom (n − 1)', () => {
    // Two values 0 and 100: mean 50, SD 70.711, t(0.975, 1) = 12.706205 → half-width 635.31.
    const two = meanInterval([0, 100])!;
    expect(two.upper! - 50).toBeCloseTo(12.7062047 * 50, 3);
    // 30 values alternating 0/100: t(0.975, 29) = 2.0452296.
    const thirty = meanInterval(Array.from({ length: 30 }, (_, i) => (i % 2) * 100))!;
    expect(thirty.upper! - thirty.mean).toBeCloseTo(2.0452296 * (thirty.sd! / Math.sqrt(30)), 6);
  });

  it('has a zero-width interval when all values agree, none for a single value, nothing without values', () => {
    expect(meanInterval([75, 75, 75])).toEqual({ n: 3, mean: 75, sd: 0, lower: 75, upper: 75 });
    expect(meanInterval([42])).toEqual({ n: 1, mean: 42, sd: null, lower: null, upper: null });
    expect(meanInterval([])).toBeNull();
  });

  it('gives the same result from a (value, count) distribution', () => {
    expect(
      weightedMeanInterval([
        [50, 2],
        [75, 1],
        [25, 1],
        [100, 1],
        [0, 0],
      ]),
    ).toEqual(meanInterval([50, 75, 25, 100, 50]));
  });
});

describe('wilsonInterval (95%)', () => {
  it('matches the worked examples', () => {
    expect(percents(43, 68)).toEqual([63.2, 51.4, 73.7]);
    expect(percents(14, 68)).toEqual([20.6, 12.7, 31.6]);
    expect(percents(3, 8)).toEqual([37.5, 13.7, 69.4]);
    expect(percents(0, 10)).toEqual([0, 0, 27.8]);
    expect(percents(10, 10)).toEqual([100, 72.2, 100]);
  });

  it('stays within [0, 1] exactly at the edges', () => {
    expect(wilsonInterval(0, 10)).toMatchObject({ count: 0, n: 10, proportion: 0, lower: 0 });
    expect(wilsonInterval(10, 10)).toMatchObject({ proportion: 1, upper: 1 });
    expect(wilsonInterval(1, 1)!.lower).toBeCloseTo(0.2065, 4); // 1 / (1 + z²)
  });

  it('is symmetric: k/n and (n − k)/n mirror each other', () => {
    const a = wilsonInterval(14, 68)!;
    const b = wilsonInterval(54, 68)!;
    expect(a.lower).toBeCloseTo(1 - b.upper, 12);
    expect(a.upper).toBeCloseTo(1 - b.lower, 12);
  });

  it('has no interval for an empty base and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });
});

describe('meanIntervalFromSums', () => {
  it('gives the worked example from n, Σx and Σx² alone', () => {
    const fromSums = meanIntervalFromSums(5, 300, 21250)!;
    const fromValues = meanInterval([50, 75, 25, 100, 50])!;
    expect(fromSums.mean).toBe(60);
    expect(fromSums.sd).toBeCloseTo(fromValues.sd!, 10);
    expect(fromSums.lower).toBeCloseTo(fromValues.lower!, 10);
    expect(fromSums.upper).toBeCloseTo(fromValues.upper!, 10);
  });

  it('never takes the root of a negative variance left by rounding, and needs two values for an interval', () => {
    const same = 100 / 7;
    expect(meanIntervalFromSums(3, 3 * same, 3 * same * same)!.sd).toBeCloseTo(0, 6);
    expect(meanIntervalFromSums(1, 50, 2500)).toEqual({ n: 1, mean: 50, sd: null, lower: null, upper: null });
    expect(meanIntervalFromSums(0, 0, 0)).toBeNull();
  });
});
