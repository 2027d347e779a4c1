import { numberFormat } from '../shared/i18n/format.ts';
import { localeOf, type Lang } from '../shared/i18n/lang.ts';

/** `percent` is already ×100 (42.5 → « 42,5 % »). */
export function formatPercent(lang: Lang, percent: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** « octobre 2026 » from "2026-10". */
export function formatMonth(lang: Lang, yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  if (!year || !month) return yearMonth;
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

export function formatTime(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
}
