import { describe, expect, it } from 'vitest';
import { histogramOf, histogramValues, histogramVoters, moveValue } from './histogram.ts';

describe('a college’s histogram of values', () => {
  it('moves a voter from one value to another, never below zero, and reads back as the list of values', () => {
    const histogram = histogramOf(['a', 'a', ['x', 'y']]);
    expect(histogram).toEqual({ '"a"': 2, '["x","y"]': 1 });
    moveValue(histogram, '"a"', '"b"');
    moveValue(histogram, '"z"', '"b"'); // a value it never held (a vote from before the counters): nothing below zero
    expect(histogram).toEqual({ '"a"': 1, '["x","y"]': 1, '"b"': 2 });
    moveValue(histogram, '"a"', '"b"');
    expect(histogram).toEqual({ '["x","y"]': 1, '"b"': 3 });
    expect(histogramVoters(histogram)).toBe(4);
    expect(histogramValues(histogram)).toEqual([{ value: ['x', 'y'] }, { value: 'b' }, { value: 'b' }, { value: 'b' }]);
  });
});
