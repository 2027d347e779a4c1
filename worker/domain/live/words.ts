/**
 * Word-cloud answers: « Épuisement », « epuisements » and « ÉPUISEMENT  » are one word.
 * The key folds case, accents, spacing and simple plurals (a trailing s or x on a word longer
 * than 3 letters); the label shown is the first form seen, lowercased.
 */
export type NormalisedWord = { key: string; label: string };

export function wordLabel(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

function singular(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

export function wordKey(raw: string): string {
  return wordLabel(raw).normalize('NFD').replace(/\p{M}/gu, '').split(' ').map(singular).join(' ');
}

export function normaliseWord(raw: string): NormalisedWord {
  return { key: wordKey(raw), label: wordLabel(raw) };
}
