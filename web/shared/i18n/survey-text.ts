import type { Lang, LocalizedText } from '../../../schema/lang.ts';
import { localize } from '../../../schema/localize.ts';

/**
 * A survey text in the reader's language, with French typography: a no-break space before « : »
 * and a narrow one before « ? ! ; » and inside « », so a question mark never wraps onto a line of its own.
 */
export function surveyText(text: LocalizedText | undefined, lang: Lang): string {
  const value = localize(text, lang);
  if (lang !== 'fr' && !(text && !text.en)) return value;
  return value
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([?!;»])/g, '\u202f$1')
    .replace(/« /g, '«\u202f');
}
