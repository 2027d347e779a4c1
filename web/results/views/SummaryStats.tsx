import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { resultsText } from '../text.ts';

type Props = {
  /** null when the distribution is rounded to a bound: the mean would give it away. */
  mean: number | null;
  median: number | null;
  /** Numbers are released by ranges: their median is a range. */
  medianRange?: { from: number; to: number } | null;
  unit?: string;
};

/** Mean and median, as a short description list; each says so when it is not released. */
export function SummaryStats({ mean, median, medianRange, unit }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const withUnit = (value: string) => (unit ? `${value} ${unit}` : value);
  const medianText =
    medianRange !== undefined
      ? medianRange &&
        withUnit(
          medianRange.from === medianRange.to
            ? formatNumber(lang, medianRange.from)
            : text.between(formatNumber(lang, medianRange.from), formatNumber(lang, medianRange.to)),
        )
      : median !== null && withUnit(formatNumber(lang, median));
  return (
    <dl class="stats">
      <div>
        <dt>{text.mean}</dt>
        <dd>{mean === null ? text.meanHidden : withUnit(formatNumber(lang, mean))}</dd>
      </div>
      <div>
        <dt>{text.median}</dt>
        <dd>{medianText || text.meanHidden}</dd>
      </div>
    </dl>
  );
}
