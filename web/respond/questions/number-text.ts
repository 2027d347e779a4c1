import type { Lang } from '../../../schema/lang.ts';

/** "12", "1,5" or "1.5" → a number; anything else stays text, which validation then explains. */
export function parseNumber(text: string): number | string | undefined {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return undefined;
  const normalized = compact.replace(',', '.');
  return /^-?(\d+(\.\d+)?|\.\d+)$/.test(normalized) ? Number(normalized) : text;
}

/** A stored number as the person would type it: with a decimal comma in French. */
export function displayNumber(value: unknown, lang: Lang): string {
  if (typeof value === 'number') return lang === 'fr' ? String(value).replace('.', ',') : String(value);
  return typeof value === 'string' ? value : '';
}
