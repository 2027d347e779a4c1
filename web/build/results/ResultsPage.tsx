import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import { roleAllows } from '../roles.ts';
import type { PrivacyNotice } from '../../../schema/privacy.ts';
import type { SurveyResults } from '../../../schema/results.ts';
import type { Question } from '../../../schema/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { LoadError } from '../ui/LoadError.tsx';
import { QuestionResults } from '../../results/QuestionResults.tsx';
import { attempt, useApi } from '../api.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { SurveyFrame, type StoredSurvey } from '../survey/SurveyFrame.tsx';
import { Alert } from '../ui/Alert.tsx';
import { ActivityChart, type Day } from './ActivityChart.tsx';
import { FreeTexts } from './FreeTexts.tsx';
import { coordResultsText } from './text.ts';

type Filter = { by: string; option: string };

/**
 * `?by=&option=` are read by the route itself (not through a validator), so the typed client does not
 * list them; hc sends any `query` it is given.
 */
const withQuery = <T extends object>(args: T, query: Record<string, string>): T => ({ ...args, query }) as T;
type Filtered = SurveyResults & { filter?: { question: string; option: string; respondents: number } };

/** `/app/o/:orgId/s/:surveyId/results`: figures, activity, one-answer filter, written answers, exports, privacy. */
export function ResultsPage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(coordResultsText);
  return (
    <SurveyFrame orgId={orgId} surveyId={surveyId} page="results" pageTitle={text.pageTitle}>
      {(survey, role) => <Results orgId={orgId} survey={survey} role={role} />}
    </SurveyFrame>
  );
}

function Results({ orgId, survey, role }: { orgId: string; survey: StoredSurvey; role: Role }) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const param = { orgId, id: survey.id };
  const [filter, setFilter] = useState<Filter | null>(null);
  const [results, setResults] = useState<{ kind: 'loading' } | { kind: 'ok'; data: Filtered } | { kind: 'failed'; message: string }>({ kind: 'loading' });
  const [refusal, setRefusal] = useState<{ message: string; key: number } | null>(null);
  const [overall] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].results.$get({ param }), lang), [survey.id, lang]);
  const [activity] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].activity.$get({ param }), lang), [survey.id, lang]);

  // Overall figures come from `overall`; a filter asks for the subgroup's, and a refusal keeps the last figures shown.
  useEffect(() => {
    if (!filter) {
      if (overall.kind === 'ok') setResults({ kind: 'ok', data: overall.data as Filtered });
      else if (overall.kind === 'failed') setResults({ kind: 'failed', message: overall.message });
      return;
    }
    void (async () => {
      const outcome = await attempt(api.orgs[':orgId'].surveys[':id'].results.$get(withQuery({ param }, { by: filter.by, option: filter.option })), lang);
      if (outcome.ok) {
        setRefusal(null);
        setResults({ kind: 'ok', data: outcome.data as Filtered });
      } else {
        setRefusal({ message: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
        setFilter(null);
      }
    })();
  }, [filter, overall]);

  if (overall.kind === 'loading') return <Loading />;
  if (overall.kind !== 'ok' || results.kind === 'failed') return <LoadError onRetry={() => location.reload()} />;
  const all = overall.data as SurveyResults;
  const k = formatNumber(lang, all.k);
  const shown = results.kind === 'ok' ? results.data : null;

  return (
    <div class="results-layout">
      <section aria-labelledby="summary-title" class="results-section">
        <h2 id="summary-title" class="sr-only">
          {text.summaryTitle}
        </h2>
        <dl class="headline">
          <div class="headline-item">
            <dt>{text.total}</dt>
            <dd class="headline-number" data-testid="total-responses">
              {formatNumber(lang, all.responses)}
            </dd>
          </div>
          <div class="headline-item">
            <dt>{text.released}</dt>
            <dd class="headline-number" data-testid="released-responses">
              {formatNumber(lang, all.released)}
            </dd>
          </div>
          <div class="headline-item">
            <dt>{text.k}</dt>
            <dd>
              <span class="headline-number">{k}</span> {text.people}
            </dd>
          </div>
        </dl>
        <p class="released-note">{text.releasedHelp(k, formatNumber(lang, all.released), formatNumber(lang, all.responses))}</p>
        {all.responses === 0 && (
          <p class="banner banner-info">
            {text.noResponses} <Link href={paths.survey(orgId, survey.id, 'share')}>{text.shareLink}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="activity-title" class="card results-section">
        <h2 id="activity-title">{text.activityTitle}</h2>
        {activity.kind === 'loading' && <Loading />}
        {activity.kind === 'ok' &&
          (activity.data.days.length === 0 ? (
            <p class="muted">{text.activityEmpty}</p>
          ) : (
            <>
              <ActivityChart days={activity.data.days as Day[]} k={activity.data.k} />
              <p class="muted small">{text.activityHelp(k)}</p>
            </>
          ))}
      </section>

      <FilterForm orgId={orgId} survey={survey} k={k} filter={filter} onFilter={setFilter} refusal={refusal} results={shown} released={all.released} />

      <section aria-labelledby="questions-title" class="results-section" aria-busy={results.kind === 'loading' ? 'true' : undefined}>
        <h2 id="questions-title">{text.questionsTitle}</h2>
        {!shown ? (
          <Loading />
        ) : (
          survey.pages.map((page) => {
            const byId = new Map(shown.questions.map((q) => [q.id, q]));
            const title = surveyText(page.title, lang);
            return (
              <div key={page.id} class="results-page">
                {title && <h3 class="results-page-title">{title}</h3>}
                {page.questions.map((question) =>
                  question.type === 'short_text' || question.type === 'long_text' ? (
                    <FreeTexts key={question.id} orgId={orgId} surveyId={survey.id} question={question} canRead={roleAllows(role, 'editor')} filtered={!!filter} />
                  ) : (
                    <QuestionResults key={question.id} question={question} result={byId.get(question.id)} k={shown.k} />
                  ),
                )}
              </div>
            );
          })
        )}
      </section>

      <Exports orgId={orgId} survey={survey} responses={all.released} k={all.k} />
      <Privacy orgId={orgId} surveyId={survey.id} />
    </div>
  );
}

type FilterProps = {
  orgId: string;
  survey: StoredSurvey;
  k: string;
  filter: Filter | null;
  onFilter: (filter: Filter | null) => void;
  refusal: { message: string; key: number } | null;
  results: Filtered | null;
  released: number;
};

function FilterForm({ orgId, survey, k, filter, onFilter, refusal, results, released }: FilterProps) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const [breakdowns] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].breakdowns.$get({ param: { orgId, id: survey.id } }), lang), [survey.id, released]);
  const [choice, setChoice] = useState('');
  const questions = survey.pages.flatMap((page) => page.questions);
  const labelOf = (questionId: string) => questions.find((q) => q.id === questionId);
  const optionLabel = (question: Question | undefined, optionId: string) =>
    question && 'options' in question ? surveyText(question.options.find((o) => o.id === optionId)?.label, lang) : optionId;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!choice) return onFilter(null);
    const [by, option] = choice.split('\u0000') as [string, string];
    onFilter({ by, option });
  };

  const list = breakdowns.kind === 'ok' ? breakdowns.data.breakdowns : [];
  const active = results?.filter;
  return (
    <section aria-labelledby="filter-title" class="card results-section">
      <h2 id="filter-title">{text.filterTitle}</h2>
      {breakdowns.kind === 'loading' ? (
        <Loading />
      ) : list.length === 0 ? (
        <p class="muted">{text.noBreakdown}</p>
      ) : (
        <>
          <p class="muted" id="filter-help">
            {text.filterHelp(k)}
          </p>
          {refusal && (
            <Alert focusKey={refusal.key} id="filter-refusal">
              <p>
                <strong>{text.filterRefused} : </strong>
                {refusal.message}
              </p>
            </Alert>
          )}
          <form class="inline-form" onSubmit={submit}>
            <div class="field">
              <label for="filter-select" class="field-label">
                {text.filterLabel}
              </label>
              <select
                id="filter-select"
                class="input select"
                value={choice}
                aria-describedby={refusal ? 'filter-refusal filter-help' : 'filter-help'}
                onChange={(event) => setChoice(event.currentTarget.value)}
              >
                <option value="">{text.allResponses}</option>
                {list.map((breakdown) => {
                  const question = labelOf(breakdown.question);
                  return (
                    <optgroup key={breakdown.question} label={question ? surveyText(question.label, lang) : breakdown.question}>
                      {breakdown.groups.map((group) => (
                        <option key={group.option} value={`${breakdown.question}\u0000${group.option}`} disabled={!group.available}>
                          {optionLabel(question, group.option)}
                          {!group.available && ` — ${text.unavailable(k)}`}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
            </div>
            <button type="submit" class="button">
              {text.apply}
            </button>
          </form>
          {filter && active && (
            <div class="banner banner-info filter-banner" role="status">
              <p>{text.filtered(surveyText(labelOf(active.question)?.label, lang), optionLabel(labelOf(active.question), active.option), formatNumber(lang, active.respondents))}</p>
              <button
                type="button"
                class="button button-small button-secondary"
                onClick={() => {
                  setChoice('');
                  onFilter(null);
                }}
              >
                {text.clear}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Exports({ orgId, survey, responses, k }: { orgId: string; survey: StoredSurvey; responses: number; k: number }) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const surveyApi = api.orgs[':orgId'].surveys[':id'];
  const param = { param: { orgId, id: survey.id }, query: { lang } };
  const csv = surveyApi['export.csv'].$url(param);
  const xlsx = surveyApi['export.xlsx'].$url(param);
  const open = responses >= k;
  return (
    <section aria-labelledby="exports-title" class="card results-section">
      <h2 id="exports-title">{text.exportsTitle}</h2>
      <p>{text.exportsHelp(formatNumber(lang, k))}</p>
      <p class="banner banner-info">{text.exportsNoTexts}</p>
      {open ? (
        <ul class="download-list">
          <li>
            <a class="button button-secondary" href={`${csv.pathname}${csv.search}`} download={`${survey.slug}-reponses.csv`} data-testid="export-csv">
              {text.csv}
            </a>{' '}
            <span class="muted">{text.csvHelp}</span>
          </li>
          <li>
            <a class="button button-secondary" href={`${xlsx.pathname}${xlsx.search}`} download={`${survey.slug}-reponses.xlsx`} data-testid="export-xlsx">
              {text.xlsx}
            </a>{' '}
            <span class="muted">{text.xlsxHelp}</span>
          </li>
        </ul>
      ) : (
        <p class="muted">{text.exportsClosed(formatNumber(lang, k))}</p>
      )}
    </section>
  );
}

function Privacy({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const [privacy] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].privacy.$get({ param: { orgId, id: surveyId } }), lang), [surveyId, lang]);
  return (
    <section aria-labelledby="privacy-title" class="card results-section">
      <h2 id="privacy-title">{text.privacyTitle}</h2>
      <p>{text.privacyHelp}</p>
      <p>
        <Link class="button button-secondary" href={paths.survey(orgId, surveyId, 'register')}>
          {text.registerOpen}
        </Link>
      </p>
      {privacy.kind === 'loading' && <Loading />}
      {privacy.kind === 'ok' && <Notice notice={privacy.data.notice as PrivacyNotice} />}
    </section>
  );
}

function Notice({ notice }: { notice: PrivacyNotice }) {
  const text = useText(coordResultsText);
  return (
    <details class="notice-details disclosure">
      <summary>{text.noticeTitle}</summary>
      <div class="privacy-notice">
        <h3>{notice.title}</h3>
        {notice.sections.map((section) => (
          <div key={section.id}>
            <h4>{section.title}</h4>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        ))}
      </div>
    </details>
  );
}
