import { describe, expect, it } from 'vitest';
import { normaliseWord, wordKey } from './words.ts';

describe('word normalisation', () => {
  it('folds case, accents and spacing, keeps the first form as a lowercased label', () => {
    expect(normaliseWord('  Épuisement   Pro ')).toEqual({ key: 'epuisement pro', label: 'épuisement pro' });
    expect(wordKey('ÉPUISEMENT')).toBe(wordKey('epuisement'));
  });

  it('drops a trailing s or x on words longer than 3 letters', () => {
    expect(wordKey('Réunions')).toBe('reunion');
    expect(wordKey('bureaux')).toBe('bureau');
    expect(wordKey('gens')).toBe('gen');
    expect(wordKey('bus')).toBe('bus');
    expect(wordKey('dix')).toBe('dix');
    expect(wordKey('temps partiels')).toBe('temp partiel');
  });
});
