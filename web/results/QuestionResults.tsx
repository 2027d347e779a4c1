import type { QuestionResult } from '../../schema/results.ts';
import type { Question } from '../../schema/survey.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { formatMonth } from './format.ts';
import { FigureRelease } from './FigureRelease.tsx';
import { resultsText } from './text.ts';
import { DistributionView } from './views/DistributionView.tsx';
import { MatrixView } from './views/MatrixView.tsx';
import { RankingView } from './views/RankingView.tsx';
import { SummaryStats } from './views/SummaryStats.tsx';

/** What a question's figures are read against: the latest release, older releases' dates, and the group filter if any. */
export type ResultsContext = {
  release: number | null;
  releaseDate?: (release: number) => string | null;
  /** The group shown, in words: the filter question's own figures are replaced by it. */
  filter?: { question: string; option: string; respondents: number };
};

type Props = { question: Question; result: QuestionResult | undefined; k: number; context: ResultsContext };

/** One question's figures, with the release they come from when it is not the latest, or the reason they are hidden. */
export function QuestionResults({ question, result, k, context }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const label = surveyText(question.label, lang);
  const titleId = `r-${question.id}-title`;
  return (
    <section class="card result" aria-labelledby={titleId} data-question={question.id}>
      <h3 id={titleId}>{label}</h3>
      {result?.suppressed && result.reason === 'filter' && context.filter ? (
        <p class="result-filter" data-testid="filter-question">
          {text.filterQuestion(context.filter.question, context.filter.option, formatNumber(lang, context.filter.respondents))}
        </p>
      ) : !result || result.suppressed ? (
        <p class="suppressed">{text.suppressed(result?.suppressed ? result.reason : 'under_k', formatNumber(lang, k))}</p>
      ) : (
        <>
          <FigureRelease release={result.release} stale={result.stale} context={context} k={k} />
          <p class="result-meta">
            {result.answered === null ? text.answeredHidden : text.answered(formatNumber(lang, result.answered), result.answered)}
            {!!result.preferNotToAnswer && ` · ${text.preferNot(formatNumber(lang, result.preferNotToAnswer))}`}
          </p>
          <ResultBody question={question} result={result} label={label} k={k} />
        </>
      )}
    </section>
  );
}

function ResultBody({ question, result, label, k }: { question: Question; result: Exclude<QuestionResult, { suppressed: true }>; label: string; k: number }) {
  const lang = useLang();
  const text = useText(resultsText);
  const id = `r-${question.id}`;
  if ((result.type === 'single' || result.type === 'multiple') && 'options' in question) {
    const labelOf = (key: string) => surveyText(question.options.find((o) => o.id === key)?.label, lang);
    const note = result.type === 'multiple' ? text.multipleNote : undefined;
    return <DistributionView id={id} label={label} firstColumn={text.option} bars={result.options} labelOf={labelOf} k={k} note={note} />;
  }
  if (result.type === 'scale' && question.type === 'scale') {
    const labels = new Map(question.labels.map((p) => [String(p.value), surveyText(p.label, lang)]));
    const labelOf = (key: string) => (labels.has(key) ? `${key} – ${labels.get(key)}` : key);
    return (
      <>
        <SummaryStats mean={result.mean} median={result.median} />
        <DistributionView id={id} label={label} firstColumn={text.value} bars={result.distribution} labelOf={labelOf} k={k} />
      </>
    );
  }
  if (result.type === 'number' && question.type === 'number') {
    const unit = question.unit ? surveyText(question.unit, lang) : undefined;
    const ranges = new Map(
      result.distribution.map((b) => [b.key, b.from === b.to ? formatNumber(lang, b.from) : `${formatNumber(lang, b.from)} – ${formatNumber(lang, b.to)}`]),
    );
    const labelOf = (key: string) => `${ranges.get(key) ?? key}${unit ? ` ${unit}` : ''}`;
    return (
      <>
        <SummaryStats mean={result.mean} median={null} medianRange={result.medianRange} unit={unit} />
        <DistributionView id={id} label={label} firstColumn={text.range} bars={result.distribution} labelOf={labelOf} k={k} />
      </>
    );
  }
  if (result.type === 'date')
    return <DistributionView id={id} label={label} firstColumn={text.month} bars={result.distribution} labelOf={(key) => formatMonth(lang, key)} k={k} />;
  if (result.type === 'matrix' && question.type === 'matrix') return <MatrixView question={question} items={result.items} k={k} release={result.release} />;
  if (result.type === 'ranking' && question.type === 'ranking')
    return <RankingView question={question} options={result.options} answered={result.answered} k={k} />;
  return <p class="result-note">{text.textNote}</p>;
}
