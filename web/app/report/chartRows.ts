import type { ScaleFigure } from '../../../schema/report.ts';
import type { IntervalRow } from './IntervalChart.tsx';

/** A figure as a chart row: its mean and t-interval, or hidden (with why). */
export function meanRow(
  key: string,
  label: string,
  figure: ScaleFigure,
  hidden: (figure: Extract<ScaleFigure, { suppressed: true }>) => string,
  highlight = false,
): IntervalRow {
  return figure.suppressed
    ? { key, label, hidden: hidden(figure) }
    : { key, label, value: figure.mean, lower: figure.lower, upper: figure.upper, n: figure.n, highlight };
}

/** A figure as a chart row: its share past the cutoff (in %) and Wilson interval, its bound when rounded, or hidden. */
export function shareRow(
  key: string,
  label: string,
  figure: ScaleFigure,
  hidden: (figure: Extract<ScaleFigure, { suppressed: true }>) => string,
  highlight = false,
): IntervalRow {
  if (figure.suppressed) return { key, label, hidden: hidden(figure) };
  const share = figure.cutoff;
  if ('coarse' in share)
    return 'atLeast' in share.coarse
      ? { key, label, bound: 'atLeast', value: share.coarse.atLeast, n: share.n, highlight }
      : { key, label, bound: 'atMost', value: share.coarse.atMost, n: share.n, highlight };
  return { key, label, value: share.proportion * 100, lower: share.lower * 100, upper: share.upper * 100, n: share.n, highlight };
}
