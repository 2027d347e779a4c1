import type { Lang, LocalizedText } from '../../../../schema/lang.ts';

/**
 * A bilingual text after typing `value` in one language. Nothing is trimmed while the person types
 * (the server trims); an English text left blank is dropped, and an optional text left blank in both
 * languages disappears (help, description, unit, page title…), so the definition holds no empty text.
 */
export function withText(text: LocalizedText | undefined, lang: Lang, value: string, optional: boolean): LocalizedText | undefined {
  const next: LocalizedText = { fr: text?.fr ?? '', ...(text?.en !== undefined ? { en: text.en } : {}) };
  if (lang === 'fr') next.fr = value;
  else if (value.trim() === '') delete next.en;
  else next.en = value;
  if (optional && next.fr.trim() === '' && !next.en?.trim()) return undefined;
  return next;
}

/** A text written in French whose English is missing: the English side then shows a hint. */
export function missingEnglish(text: LocalizedText | undefined): boolean {
  return !!text && text.fr.trim() !== '' && !text.en?.trim();
}

/** The French text, else the English one, else nothing: names a question or an option in the editor. */
export function anyText(text: LocalizedText | undefined): string {
  return text?.fr.trim() || text?.en?.trim() || '';
}
