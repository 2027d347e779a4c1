import type { RELEASE_TIME_ZONE } from '../../schema/organisation.ts';
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

/** schema/organisation.ts's zone, restated without importing its valibot schemas (the type keeps them in step). */
const TIME_ZONE: typeof RELEASE_TIME_ZONE = 'Europe/Paris';

/** « 3 mars 2026 à 07:00 », in Paris time: releases follow the organisation's publication hour there. */
export function formatReleaseTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** « 3 mars 2026 », in Paris time. */
export function formatReleaseDay(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** An hour of the day as clocks show it (« 07:00 »). */
export function formatHour(lang: Lang, hour: number): string {
  return new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour));
}
