/**
 * Numbers typed in the editor (bounds, thresholds, lengths). Typed as text so that a field can be
 * empty or half-typed without the draft holding something the schema cannot read; French decimal
 * commas are accepted.
 */
export type NumberParse = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

export function parseNumberText(text: string, integer: boolean): NumberParse {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return { kind: 'empty' };
  const pattern = integer ? /^[-−]?\d+$/ : /^[-−]?(\d+\.?\d*|\.\d+)$/;
  if (!pattern.test(trimmed)) return { kind: 'invalid' };
  const value = Number(trimmed.replace('−', '-'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** How a number is written back into its field: with a decimal comma in French. */
export function numberText(value: number | undefined, lang: 'fr' | 'en'): string {
  if (value === undefined) return '';
  const text = String(value);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
