import type { CutoffShare, ScaleFigure } from '../../../schema/report.ts';
import type { Coarse } from '../../../schema/results.ts';
import { numberFormat } from '../../shared/i18n/format.ts';
import type { Lang } from '../../shared/i18n/lang.ts';

/** A score out of 100, one decimal (« 42,5 »). */
export function formatScore(lang: Lang, value: number): string {
  return numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A proportion 0–1 as a percentage, at most one decimal (« 42,5 % »). */
export function formatProportion(lang: Lang, proportion: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(proportion);
}

/** An interval as written in each language: « [35,1 ; 49,5] » in French (the comma is the decimal mark), "[35.1, 49.5]" in English. */
export function formatInterval(lower: string, upper: string, lang: Lang): string {
  return lang === 'fr' ? `[${lower} ; ${upper}]` : `[${lower}, ${upper}]`;
}

type Shown = Extract<ScaleFigure, { suppressed: false }>;

/** « 42,5 [35,1 ; 49,5] »; just the mean when there is no interval (n = 1, never shown since n ≥ k). */
export function formatMean(lang: Lang, figure: Shown): string {
  const mean = formatScore(lang, figure.mean);
  if (figure.lower === null || figure.upper === null) return mean;
  return `${mean} ${formatInterval(formatScore(lang, figure.lower), formatScore(lang, figure.upper), lang)}`;
}

type ExactShare = Extract<CutoffShare, { proportion: number }>;

/** « 40 % [22,1 % ; 61,2 %] », with the count: « 8/20 ». */
export function formatShare(lang: Lang, share: ExactShare): string {
  return `${formatProportion(lang, share.proportion)} ${formatInterval(formatProportion(lang, share.lower), formatProportion(lang, share.upper), lang)}`;
}

export function formatCount(lang: Lang, count: number, n: number): string {
  const f = numberFormat(lang, { maximumFractionDigits: 0 });
  return `${f.format(count)}/${f.format(n)}`;
}

/**
 * The figures of one scale for one group, as table cells: n, mean [CI], share [CI] (count/n) — or the
 * share's bound in words (`bound`) when nearly the whole group is on one side; null when suppressed.
 */
export function figureCells(lang: Lang, figure: ScaleFigure, bound: (coarse: Coarse) => string): { n: string; mean: string; share: string } | null {
  if (figure.suppressed) return null;
  const share = figure.cutoff;
  return {
    n: numberFormat(lang, { maximumFractionDigits: 0 }).format(figure.n),
    mean: formatMean(lang, figure),
    share: 'coarse' in share ? bound(share.coarse) : `${formatShare(lang, share)} (${formatCount(lang, share.count, share.n)})`,
  };
}

/** A rate 0–1 as a percentage, or null. */
export function formatRate(lang: Lang, rate: number | null): string | null {
  return rate === null ? null : formatProportion(lang, rate);
}

/**
 * What the invited-count field holds, read for the API: an empty field clears the count (null); anything
 * but a whole number from 1 to 1,000,000 is refused here (the API checks again).
 */
export function parseInvited(value: string): { ok: true; invited: number | null } | { ok: false } {
  const trimmed = value.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (trimmed === '') return { ok: true, invited: null };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const n = Number(trimmed);
  return n >= 1 && n <= 1_000_000 ? { ok: true, invited: n } : { ok: false };
}

/** Where a value (0–100) falls on a chart's plot area, clamped. */
export function scaleX(value: number, left: number, width: number): number {
  return left + (Math.max(0, Math.min(100, value)) / 100) * width;
}
