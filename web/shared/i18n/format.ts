import { localeOf, type Lang } from './lang.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: results pages format hundreds of figures per refresh. */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(localeOf(lang), options)));
  return format;
}

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 2): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}
