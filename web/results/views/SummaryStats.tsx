import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { resultsText } from '../text.ts';

/** Mean and median, as a short description list. */
export function SummaryStats({ mean, median, unit }: { mean: number; median: number; unit?: string }) {
  const lang = useLang();
  const text = useText(resultsText);
  const withUnit = (value: number) => (unit ? `${formatNumber(lang, value)} ${unit}` : formatNumber(lang, value));
  return (
    <dl class="stats">
      <div>
        <dt>{text.mean}</dt>
        <dd>{withUnit(mean)}</dd>
      </div>
      <div>
        <dt>{text.median}</dt>
        <dd>{withUnit(median)}</dd>
      </div>
    </dl>
  );
}
