import { describe, expect, it } from 'vitest';
import { largestFit } from './fit.ts';

describe('largestFit', () => {
  it('keeps full size when the content fits', () => expect(largestFit(() => true)).toBe(1));
  it('shrinks step by step to the first scale that fits', () => {
    const tried: number[] = [];
    const scale = largestFit((s) => (tried.push(s), s <= 0.8));
    expect(scale).toBeLessThanOrEqual(0.8);
    expect(scale).toBeGreaterThan(0.8 * 0.94);
    expect(tried[0]).toBe(1);
  });
  it('stops at the floor when nothing fits', () => expect(largestFit(() => false, 0.5)).toBe(0.5));
});
