import type { RankingOptionResult } from '../../../schema/results.ts';
import type { QuestionOf } from '../../../schema/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { BarChart } from '../charts/BarChart.tsx';
import { DataTable } from '../DataTable.tsx';
import { FiguresDisclosure } from '../FiguresDisclosure.tsx';
import { resultsText } from '../text.ts';
import { chartValue, coarseText } from './bars.ts';

type Props = { question: QuestionOf<'ranking'>; options: RankingOptionResult[]; answered: number | null; k: number };

/** Options from the best mean rank down; bars count first places (a bound when nearly everyone put the same one first). */
export function RankingView({ question, options, answered, k }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const labelOf = (id: string) => surveyText(question.options.find((o) => o.id === id)?.label, lang);
  const sorted = options.toSorted((a, b) => (a.meanRank ?? Infinity) - (b.meanRank ?? Infinity));
  const percentFirst = (first: number) => (answered ? (100 * first) / answered : 0);
  const firsts = sorted.map((o) =>
    chartValue(o.id, labelOf(o.id), { count: o.first, percent: o.first === null ? null : percentFirst(o.first), coarse: o.coarse }, k, lang, text, 'figure'),
  );
  const caption = text.rankingOf(surveyText(question.label, lang));
  return (
    <>
      <BarChart bars={firsts} label={text.chartOf(caption)} />
      <p class="result-note">{text.rankingNote}</p>
      {sorted.some((o) => o.coarse) && <p class="result-note">{text.coarseNote}</p>}
      <FiguresDisclosure>
        <DataTable
          id={`r-${question.id}`}
          caption={caption}
          columns={[text.option, text.meanRank, text.rankedFirst, text.timesRanked]}
          rows={sorted.map((o) => ({
            key: o.id,
            header: labelOf(o.id),
            cells: [
              o.meanRank === null ? text.notRanked : formatNumber(lang, o.meanRank),
              o.coarse ? coarseText(o.coarse, lang, text) : o.first === null ? text.notPublished : formatNumber(lang, o.first),
              formatNumber(lang, o.ranked),
            ],
          }))}
        />
      </FiguresDisclosure>
    </>
  );
}
