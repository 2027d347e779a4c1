import type { ScaleFigure } from '../../../schema/report.ts';
import type { IntervalRow } from './IntervalChart.tsx';

/** A figure as a chart row: its mean and t-interval, or hidden. */
export function meanRow(key: string, label: string, figure: ScaleFigure, hidden: string, highlight = false): IntervalRow {
  return figure.suppressed ? { key, label, hidden } : { key, label, value: figure.mean, lower: figure.lower, upper: figure.upper, n: figure.n, highlight };
}

/** A figure as a chart row: its share past the cutoff (in %) and Wilson interval, or hidden. */
export function shareRow(key: string, label: string, figure: ScaleFigure, hidden: string, highlight = false): IntervalRow {
  if (figure.suppressed) return { key, label, hidden };
  const { proportion, lower, upper } = figure.cutoff;
  return { key, label, value: proportion * 100, lower: lower * 100, upper: upper * 100, n: figure.cutoff.n, highlight };
}
