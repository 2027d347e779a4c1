import type { Bar } from '../../../schema/results.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { BarChart } from '../charts/BarChart.tsx';
import { DataTable } from '../DataTable.tsx';
import { FiguresDisclosure } from '../FiguresDisclosure.tsx';
import { resultsText } from '../text.ts';
import { barViews } from './bars.ts';

type Props = {
  id: string;
  label: string;
  firstColumn: string;
  bars: Bar[];
  labelOf: (key: string) => string;
  k: number;
  note?: string;
};

/** Choices, scale points, number ranges or months: a bar each, then the same figures as a table on demand. */
export function DistributionView({ id, label, firstColumn, bars, labelOf, k, note }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const { chart, rows, coarse } = barViews(bars, labelOf, k, lang, text);
  const caption = text.distributionOf(label);
  return (
    <>
      <BarChart bars={chart} label={text.chartOf(caption)} />
      {note && <p class="result-note">{note}</p>}
      {coarse && <p class="result-note">{text.coarseNote}</p>}
      <FiguresDisclosure>
        <DataTable id={id} caption={caption} columns={[firstColumn, text.count, text.share]} rows={rows} />
      </FiguresDisclosure>
    </>
  );
}
