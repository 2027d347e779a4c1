import { describe, expect, it } from 'vitest';
import type { LiveQuestion } from '../../../schema/live.ts';
import { barRows, wordSize } from './bars.ts';

const words = { points: 'pts', meanRank: 'rang moyen' };

describe('barRows', () => {
  it('labels choices from the options, in their order, with the share of voters', () => {
    const question: LiveQuestion = {
      id: 'q',
      type: 'single',
      label: { fr: 'Q' },
      options: [
        { id: 'a', label: { fr: 'Oui' } },
        { id: 'b', label: { fr: 'Non' } },
      ],
    };
    const rows = barRows(
      question,
      [
        { key: 'a', value: 3 },
        { key: 'b', value: 6 },
      ],
      9,
      'fr',
      words,
    );
    expect(rows.map((r) => [r.label, r.width, r.display])).toEqual([
      ['Oui', 50, '3 · 33\u00a0%'],
      ['Non', 100, '6 · 67\u00a0%'],
    ]);
  });
  it('sorts words and rankings, best first', () => {
    const question: LiveQuestion = { id: 'q', type: 'words', label: { fr: 'Q' }, maxWords: 3 };
    expect(
      barRows(
        question,
        [
          { key: 'a', label: 'accès', value: 2 },
          { key: 'b', label: 'temps', value: 5 },
        ],
        6,
        'fr',
        words,
      ).map((r) => r.label),
    ).toEqual(['temps', 'accès']);
  });
});

describe('wordSize', () => {
  it('grows with the count', () => {
    expect(wordSize(10, 10)).toBe(6);
    expect(wordSize(0, 10)).toBe(1);
    expect(wordSize(1, 0)).toBe(1);
    expect(wordSize(5, 20)).toBeLessThan(wordSize(10, 20));
  });
});
