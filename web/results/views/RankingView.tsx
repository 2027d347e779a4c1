import { surveyText } from '../../shared/i18n/survey-text.ts';
import type { RankingOptionResult } from '../../../schema/results.ts';
import type { QuestionOf } from '../../../schema/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { formatPercent } from '../format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { BarChart } from '../charts/BarChart.tsx';
import { DataTable } from '../DataTable.tsx';
import { resultsText } from '../text.ts';

type Props = { question: QuestionOf<'ranking'>; options: RankingOptionResult[]; answered: number };

/** Options from the best mean rank down; bars count first places. */
export function RankingView({ question, options, answered }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const labelOf = (id: string) => surveyText(question.options.find((o) => o.id === id)?.label, lang);
  const sorted = options.toSorted((a, b) => (a.meanRank ?? Infinity) - (b.meanRank ?? Infinity));
  const percentFirst = (first: number) => (answered ? (100 * first) / answered : 0);
  return (
    <>
      <BarChart
        bars={sorted.map((o) => ({
          key: o.id,
          label: labelOf(o.id),
          percent: percentFirst(o.first),
          display: `${formatNumber(lang, o.first)} · ${formatPercent(lang, percentFirst(o.first))}`,
        }))}
      />
      <p class="result-note">{text.rankingNote}</p>
      <DataTable
        id={`r-${question.id}`}
        caption={text.rankingOf(surveyText(question.label, lang))}
        columns={[text.option, text.meanRank, text.rankedFirst, text.timesRanked]}
        rows={sorted.map((o) => ({
          key: o.id,
          header: labelOf(o.id),
          cells: [o.meanRank === null ? text.notRanked : formatNumber(lang, o.meanRank), formatNumber(lang, o.first), formatNumber(lang, o.ranked)],
        }))}
      />
    </>
  );
}
