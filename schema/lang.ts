import * as v from 'valibot';

/** French comes first; English is the only other language. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Picks the language from an Accept-Language header (or `?lang=`): English only when asked for first. */
export function pickLang(header: string | null | undefined): Lang {
  if (!header) return 'fr';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('fr')) return 'fr';
    if (tag.startsWith('en')) return 'en';
  }
  return 'fr';
}

/** A text shown to people: French is required, English optional (falls back to French). */
export const LocalizedText = v.strictObject({
  fr: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)),
  en: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(2000))),
});
export type LocalizedText = v.InferOutput<typeof LocalizedText>;

export { localize } from './localize.ts';
