import { describe, expect, it } from 'vitest';
import { randomBelow, shuffled } from './shuffle.ts';

describe('shuffled', () => {
  it('keeps every item exactly once and leaves the input alone', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const output = shuffled(input);
    expect(output.toSorted((a, b) => a - b)).toEqual(input);
    expect(input).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('is Fisher–Yates: the random source decides each swap', () => {
    // Always drawing 0 moves each last item to the front in turn.
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
    // Always drawing the top index swaps nothing.
    expect(shuffled(['a', 'b', 'c', 'd'], (below) => below - 1)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reaches every order of three items about equally often', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffled(['a', 'b', 'c']).join('');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    // 1000 expected each; ±200 is more than 6 standard deviations.
    for (const count of seen.values()) expect(Math.abs(count - 1000)).toBeLessThan(200);
  });
});

describe('randomBelow', () => {
  it('stays in range', () => {
    for (let i = 0; i < 1000; i++) {
      const n = randomBelow(7);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(7);
    }
    expect(randomBelow(1)).toBe(0);
  });
});
