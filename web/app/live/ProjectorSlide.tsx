import { useEffect, useState } from 'preact/hooks';
import type { LiveQuestionView } from '../../../schema/live.ts';
import type { SurveyResults } from '../../../schema/results.ts';
import { apiFor } from '../../shared/api/client.ts';
import { loadSurvey, type PublishedSurvey } from '../../shared/api/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { LiveResults } from '../../shared/live/LiveResults.tsx';
import { QuestionResults } from '../../results/QuestionResults.tsx';
import { ReleaseLine } from '../../results/ReleaseLine.tsx';
import { CollegeTables } from './CollegeTables.tsx';
import { liveConsoleText } from './text.ts';

/** The question on the projector: its label, then its figures once revealed (beside its college tables where set), or why they are hidden. */
export function ProjectorSlide({ view, k }: { view: LiveQuestionView; k: number }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const { question } = view;
  const id = `proj-${question.id}`;
  return (
    <>
      <h1 id={`${id}-title`} class="projector-question">
        {surveyText(question.label, lang)}
      </h1>
      {question.type === 'survey_results' ? (
        <SurveySlide slug={question.surveySlug} />
      ) : view.state === 'open' && !view.revealed ? (
        <p class="projector-hint">{text.votesSoFar}</p>
      ) : null}
      {question.type !== 'survey_results' &&
        (view.revealed ? (
          <div class="projector-results">
            <LiveResults id={id} question={question} tally={view.tally} ideas={view.ideas} k={k} cloud />
            <CollegeTables question={question} state={view.state} byCollege={view.byCollege} block={view.block} k={k} id={id} />
            {question.type !== 'ideas' && (
              <p class="projector-hint projector-rule" data-testid="release-rule">
                {text.releaseRule(formatNumber(lang, k))}
              </p>
            )}
          </div>
        ) : (
          <p class="projector-hidden" data-testid="results-hidden">
            <strong>{text.hidden}</strong>
            <span>{text.hiddenHelp}</span>
          </p>
        ))}
    </>
  );
}

/** A survey's public results as a slide, with the results page's own components. */
function SurveySlide({ slug }: { slug: string }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const [data, setData] = useState<{ kind: 'loading' } | { kind: 'failed' } | { kind: 'ok'; survey: PublishedSurvey; results: SurveyResults }>({
    kind: 'loading',
  });
  useEffect(() => {
    let live = true;
    const api = apiFor(lang);
    void Promise.all([
      loadSurvey(lang, slug),
      api.s[':slug'].results.$get({ param: { slug } }).then((r) => (r.ok ? (r.json() as Promise<SurveyResults>) : null)),
    ])
      .then(([survey, results]) => {
        if (!live) return;
        setData(survey.kind === 'ok' && results ? { kind: 'ok', survey: survey.survey, results } : { kind: 'failed' });
      })
      .catch(() => live && setData({ kind: 'failed' }));
    return () => {
      live = false;
    };
  }, [slug, lang]);
  if (data.kind === 'loading') return <p>{text.surveyLoading}</p>;
  if (data.kind === 'failed') return <p class="projector-hint">{text.surveyFailed}</p>;
  const byId = new Map(data.results.questions.map((q) => [q.id, q]));
  return (
    <div class="projector-survey">
      <h2>{surveyText(data.survey.title, lang)}</h2>
      <ReleaseLine release={data.results.release} nextReleaseAt={data.results.nextReleaseAt} k={data.results.k} />
      {data.survey.pages
        .flatMap((page) => page.questions)
        .map((question) => (
          <QuestionResults
            key={question.id}
            question={question}
            result={byId.get(question.id)}
            k={data.results.k}
            context={{ release: data.results.release?.number ?? null }}
          />
        ))}
    </div>
  );
}
