import type { Bar } from '../../../schema/results.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { formatPercent } from '../format.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { ChartBar } from '../charts/BarChart.tsx';
import type { TableRow } from '../DataTable.tsx';

/** The same bars for the chart (count and share together) and for the table (one column each). */
export function barViews(bars: Bar[], labelOf: (key: string) => string, lang: Lang): { chart: ChartBar[]; rows: TableRow[] } {
  const chart: ChartBar[] = [];
  const rows: TableRow[] = [];
  for (const bar of bars) {
    const label = labelOf(bar.key);
    const count = formatNumber(lang, bar.count);
    const share = formatPercent(lang, bar.percent);
    chart.push({ key: bar.key, label, percent: bar.percent, display: `${count} · ${share}` });
    rows.push({ key: bar.key, header: label, cells: [count, share] });
  }
  return { chart, rows };
}
