import { describe, expect, it } from 'vitest';
import { segments } from './flags.ts';

describe('flagged text', () => {
  const text = 'Appelez Mme Dupont au 06 12 34 56 78';
  it('cuts the text at its flags, every character once', () => {
    const parts = segments(text, [
      { kind: 'phone', start: 22, end: 36 },
      { kind: 'name', start: 8, end: 18 },
    ]);
    expect(parts).toEqual([
      { text: 'Appelez ', flag: null },
      { text: 'Mme Dupont', flag: 'name' },
      { text: ' au ', flag: null },
      { text: '06 12 34 56 78', flag: 'phone' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
  it('clips overlaps and flags past the end', () => {
    const parts = segments('abcdef', [
      { kind: 'name', start: 1, end: 4 },
      { kind: 'date', start: 3, end: 99 },
    ]);
    expect(parts.map((p) => [p.text, p.flag])).toEqual([
      ['a', null],
      ['bcd', 'name'],
      ['ef', 'date'],
    ]);
  });
});
