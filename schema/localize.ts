import type { Lang, LocalizedText } from './lang.ts';

/**
 * The text in the reader's language, French when there is no English. Kept apart from lang.ts so
 * that a page which only shows texts (the results page) does not pull valibot into its bundle.
 */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'en' && text.en) || text.fr;
}
