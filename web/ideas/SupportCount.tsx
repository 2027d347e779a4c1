import { formatNumber } from '../shared/i18n/format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { ideasText } from './text.ts';

/** « 12 soutiens », or « moins de 5 soutiens » below k: a count under k is never shown. */
export function SupportCount({ supports, k }: { supports: number | null; k: number }) {
  const text = useText(ideasText);
  const lang = useLang();
  return <span class="support-count">{supports === null ? text.underK(formatNumber(lang, k)) : text.supports(formatNumber(lang, supports))}</span>;
}
