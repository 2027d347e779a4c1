import type { Bar, Coarse, Withheld } from '../../../schema/results.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { ChartBar } from '../charts/BarChart.tsx';
import type { TableRow } from '../DataTable.tsx';
import { formatPercent } from '../format.ts';
import type { ResultsText, WithheldSubject } from '../text.ts';

/** « au moins 70 % » / « au plus 30 % ». */
export function coarseText(coarse: Coarse, lang: Lang, text: ResultsText): string {
  return 'atLeast' in coarse ? text.atLeast(formatPercent(lang, coarse.atLeast)) : text.atMost(formatPercent(lang, coarse.atMost));
}

/**
 * Why a figure is withheld, saying which rule: fewer than k (people in a group, or answers behind a
 * figure), or deducible by difference. A filter never reaches a bar.
 */
export function withheldText(reason: Withheld, k: number, lang: Lang, text: ResultsText, subject: WithheldSubject = 'figure'): string {
  return text.withheld(reason === 'filter' ? 'profile' : reason, formatNumber(lang, k), subject);
}

/** What one figure shows: a count and share, a bound, or nothing and why (`subject`: what its count counts). */
export function chartValue(
  key: string,
  label: string,
  bar: Pick<Bar, 'count' | 'percent' | 'withheld' | 'coarse'>,
  k: number,
  lang: Lang,
  text: ResultsText,
  subject: WithheldSubject,
): ChartBar {
  if (bar.coarse) {
    const bound =
      'atLeast' in bar.coarse ? { shape: 'atLeast' as const, percent: bar.coarse.atLeast } : { shape: 'atMost' as const, percent: bar.coarse.atMost };
    return { key, label, ...bound, display: coarseText(bar.coarse, lang, text) };
  }
  if (bar.count === null || bar.percent === null)
    return { key, label, shape: 'hidden', percent: 0, display: text.hiddenCell(withheldText(bar.withheld ?? 'under_k', k, lang, text, subject)) };
  return { key, label, shape: 'exact', percent: bar.percent, display: `${formatNumber(lang, bar.count)} · ${formatPercent(lang, bar.percent)}` };
}

/**
 * The same bars for the chart and for the table (count and share in a column each). A bound fills the
 * share column and leaves the count unreleased; a withheld figure says why across both columns.
 */
export function barViews(
  bars: Bar[],
  labelOf: (key: string) => string,
  k: number,
  lang: Lang,
  text: ResultsText,
): { chart: ChartBar[]; rows: TableRow[]; coarse: boolean } {
  const chart: ChartBar[] = [];
  const rows: TableRow[] = [];
  for (const bar of bars) {
    const label = labelOf(bar.key);
    // Only a breakdown question's bars are ever withheld one by one: each is a group's size.
    const shown = chartValue(bar.key, label, bar, k, lang, text, 'group');
    chart.push(shown);
    if (shown.shape === 'exact') rows.push({ key: bar.key, header: label, cells: [formatNumber(lang, bar.count!), formatPercent(lang, bar.percent!)] });
    else if (shown.shape === 'hidden') rows.push({ key: bar.key, header: label, cells: [{ text: shown.display, span: 2 }] });
    else rows.push({ key: bar.key, header: label, cells: [text.notPublished, shown.display] });
  }
  return { chart, rows, coarse: bars.some((b) => b.coarse) };
}
