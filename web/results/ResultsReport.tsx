import type { SurveyResults } from '../../schema/results.ts';
import type { Survey } from '../../schema/survey.ts';
import { formatNumber } from '../shared/i18n/format.ts';
import { useLang, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { formatReleaseTime, formatTime } from './format.ts';
import { QuestionResults, type ResultsContext } from './QuestionResults.tsx';
import { ReleaseLine } from './ReleaseLine.tsx';
import { resultsText } from './text.ts';

type Props = { survey: Survey; results: SurveyResults; at: Date; stale: boolean; onRefresh: () => void };

/** The latest release (or why there is none yet), then each page's questions in the order respondents saw them. */
export function ResultsReport({ survey, results, at, stale, onRefresh }: Props) {
  const lang = useLang();
  const text = useText(resultsText);
  const k = formatNumber(lang, results.k);
  const byId = new Map(results.questions.map((q) => [q.id, q]));
  const release = results.release;
  // Only the latest release's date is known here: older ones are named by their number.
  const context: ResultsContext = {
    release: release?.number ?? null,
    releaseDate: (n) => (release && n === release.number ? formatReleaseTime(lang, release.madeAt) : null),
  };
  return (
    <>
      <div class="results-head">
        <p class="eyebrow">
          {text.eyebrow} <span class={`status status-${results.status}`}>{results.status === 'closed' ? text.closed : text.open}</span>
        </p>
        <h1>{surveyText(survey.title, lang)}</h1>
      </div>

      {release ? (
        <dl class="headline">
          <div class="headline-item">
            <dt>{text.responses}</dt>
            <dd class="headline-number" data-testid="released-responses">
              {formatNumber(lang, results.responses)}
            </dd>
          </div>
          <div class="headline-item">
            <dt>{text.threshold}</dt>
            <dd>
              <span class="headline-number">{k}</span> {text.people}
            </dd>
          </div>
        </dl>
      ) : (
        <section class="card empty-release" aria-labelledby="no-release-title">
          <h2 id="no-release-title">{text.noReleaseTitle}</h2>
          <p>{text.noRelease(k)}</p>
        </section>
      )}
      <ReleaseLine release={release} nextReleaseAt={results.nextReleaseAt} k={results.k} />
      <p class="released-note">{text.releaseRule(k)}</p>
      <p class="threshold-help">{text.thresholdHelp(k)}</p>

      <div class="refresh">
        <button type="button" class="button button-secondary" onClick={onRefresh}>
          {text.refresh}
        </button>
        <p class={stale ? 'refresh-status refresh-stale' : 'refresh-status'}>{stale ? text.refreshFailed : text.checkedAt(formatTime(lang, at))}</p>
      </div>

      {release &&
        survey.pages.map((page) => {
          const title = surveyText(page.title, lang);
          return (
            <section key={page.id} class="results-page" aria-labelledby={title ? `page-${page.id}` : undefined}>
              {title && <h2 id={`page-${page.id}`}>{title}</h2>}
              {page.questions.map((question) => (
                <QuestionResults key={question.id} question={question} result={byId.get(question.id)} k={results.k} context={context} />
              ))}
            </section>
          );
        })}

      {results.status === 'open' && (
        <p class="actions">
          <a class="button" href={`/s/${survey.slug}`}>
            {text.answerSurvey}
          </a>
        </p>
      )}
    </>
  );
}
