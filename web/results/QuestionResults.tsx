import { surveyText } from '../shared/i18n/survey-text.ts';
import type { QuestionResult } from '../../schema/results.ts';
import type { Question } from '../../schema/survey.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { formatMonth } from './format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { resultsText } from './text.ts';
import { DistributionView } from './views/DistributionView.tsx';
import { MatrixView } from './views/MatrixView.tsx';
import { RankingView } from './views/RankingView.tsx';
import { SummaryStats } from './views/SummaryStats.tsx';

type Props = { question: Question; result: QuestionResult | undefined; k: number };

/** One question's figures, or the reason they are hidden. */
export function QuestionResults({ question, result, k }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const label = surveyText(question.label, lang);
  const titleId = `r-${question.id}-title`;
  return (
    <section class="card result" aria-labelledby={titleId}>
      <h3 id={titleId}>{label}</h3>
      {!result || result.suppressed ? (
        <p class="suppressed">{text.suppressed(formatNumber(lang, k))}</p>
      ) : (
        <>
          <p class="result-meta">
            {text.answered(formatNumber(lang, result.answered), result.answered)}
            {result.preferNotToAnswer > 0 && ` · ${text.preferNot(formatNumber(lang, result.preferNotToAnswer))}`}
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
    return <DistributionView id={id} label={label} firstColumn={text.option} bars={result.options} labelOf={labelOf} note={note} />;
  }
  if (result.type === 'scale' && question.type === 'scale') {
    const labels = new Map(question.labels.map((p) => [String(p.value), surveyText(p.label, lang)]));
    const labelOf = (key: string) => (labels.has(key) ? `${key} – ${labels.get(key)}` : key);
    return (
      <>
        <SummaryStats mean={result.mean} median={result.median} />
        <DistributionView id={id} label={label} firstColumn={text.value} bars={result.distribution} labelOf={labelOf} />
      </>
    );
  }
  if (result.type === 'number' && question.type === 'number') {
    const unit = question.unit ? surveyText(question.unit, lang) : undefined;
    const ranges = new Map(result.distribution.map((b) => [b.key, b.from === b.to ? formatNumber(lang, b.from) : `${formatNumber(lang, b.from)} – ${formatNumber(lang, b.to)}`]));
    const labelOf = (key: string) => `${ranges.get(key) ?? key}${unit ? ` ${unit}` : ''}`;
    return (
      <>
        <SummaryStats mean={result.mean} median={result.median} unit={unit} />
        <DistributionView id={id} label={label} firstColumn={text.range} bars={result.distribution} labelOf={labelOf} />
      </>
    );
  }
  if (result.type === 'date') return <DistributionView id={id} label={label} firstColumn={text.month} bars={result.distribution} labelOf={(key) => formatMonth(lang, key)} />;
  if (result.type === 'matrix' && question.type === 'matrix') return <MatrixView question={question} items={result.items} k={k} />;
  if (result.type === 'ranking' && question.type === 'ranking') return <RankingView question={question} options={result.options} answered={result.answered} />;
  return <p class="result-note">{text.textNote}</p>;
}
