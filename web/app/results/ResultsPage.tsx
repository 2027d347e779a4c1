import type { Role } from '../../../schema/accounts.ts';
import type { SurveyResults } from '../../../schema/results.ts';
import type { Question } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { formatReleaseTime } from '../../results/format.ts';
import type { ResultsContext } from '../../results/QuestionResults.tsx';
import { attempt, useApi } from '../api.ts';
import { roleAllows } from '../roles.ts';
import { useLoad } from '../survey/load.ts';
import { SurveyFrame, type StoredSurvey } from '../survey/SurveyFrame.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { GroupFilter } from './GroupFilter.tsx';
import { Privacy } from './Privacy.tsx';
import { QuestionsList } from './QuestionsList.tsx';
import { ReleaseActivity } from './ReleaseActivity.tsx';
import { ReleaseHeadline } from './ReleaseHeadline.tsx';
import { ResultsCodes } from './ResultsCodes.tsx';
import { ResultsExports } from './ResultsExports.tsx';
import { coordResultsText } from './text.ts';
import { useGroupResults } from './useGroupResults.ts';

/** `/app/o/:orgId/s/:surveyId/results[?by=&option=]`: the latest release, participation by release, one group's view, texts, codes, exports, privacy. */
export function ResultsPage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(coordResultsText);
  return (
    <SurveyFrame orgId={orgId} surveyId={surveyId} page="results" pageTitle={text.pageTitle}>
      {(survey, role) => <Results orgId={orgId} survey={survey} role={role} />}
    </SurveyFrame>
  );
}

function Results({ orgId, survey, role }: { orgId: string; survey: StoredSurvey; role: Role }) {
  const lang = useLang();
  const api = useApi();
  const param = { param: { orgId, id: survey.id } };
  const [overall] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].results.$get(param), lang), [survey.id, lang]);
  const [activity] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].activity.$get(param), lang), [survey.id, lang]);
  const [breakdowns] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].breakdowns.$get(param), lang), [survey.id, lang]);
  const { filter, setFilter, group, refusal } = useGroupResults(orgId, survey.id);

  if (overall.kind === 'loading') return <Loading />;
  if (overall.kind !== 'ok') return <LoadError inPage onRetry={() => location.reload()} />;
  const all = overall.data as SurveyResults;
  const latest = all.release?.number ?? null;
  const dates = new Map(activity.kind === 'ok' ? activity.data.releases.map((r) => [r.number, r.madeAt]) : []);
  const shown = !filter ? all : group.kind === 'ok' ? group.data : null;
  const active = group.kind === 'ok' ? group.data.filter : null;
  const question = active && (survey.pages.flatMap((p) => p.questions).find((q) => q.id === active.question) as Question | undefined);
  const context: ResultsContext = {
    release: latest,
    releaseDate: (n) => {
      const at = dates.get(n);
      return at ? formatReleaseTime(lang, at) : null;
    },
    filter:
      active && question && 'options' in question
        ? {
            question: surveyText(question.label, lang),
            option: surveyText(question.options.find((o) => o.id === active.option)?.label, lang),
            respondents: active.respondents,
          }
        : undefined,
  };

  return (
    <div class="results-layout">
      <ReleaseHeadline orgId={orgId} surveyId={survey.id} results={all} />
      {activity.kind === 'ok' ? <ReleaseActivity orgId={orgId} activity={activity.data} canChangeHour={role === 'owner'} /> : <Loading />}
      {latest !== null && (
        <>
          <GroupFilter
            survey={survey}
            k={all.k}
            latest={latest}
            breakdowns={breakdowns}
            filter={filter}
            onFilter={setFilter}
            refusal={refusal}
            active={active}
            overall={all}
          />
          <QuestionsList orgId={orgId} survey={survey} results={shown} context={context} canReadTexts={roleAllows(role, 'editor')} filtered={!!filter} />
        </>
      )}
      <ResultsCodes orgId={orgId} surveyId={survey.id} />
      <ResultsExports orgId={orgId} survey={survey} />
      <Privacy orgId={orgId} surveyId={survey.id} />
    </div>
  );
}
