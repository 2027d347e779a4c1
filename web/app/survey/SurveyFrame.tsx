import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Role } from '../../../schema/accounts.ts';
import type { Survey } from '../../../schema/survey.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { attempt, useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { useMe } from '../frame/me.ts';
import { Link, wasNavigated } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { useLoad } from './load.ts';
import { surveyFrameText } from './text.ts';

export type StoredSurvey = Survey & { version: number };
export type SurveyPage = 'edit' | 'share' | 'results' | 'report';

type Props = {
  orgId: string;
  surveyId: string;
  page: SurveyPage;
  /** What the page is, after the survey's title (« Partager – Les besoins… »). */
  pageTitle: string;
  children: (survey: StoredSurvey, role: Role, reload: () => Promise<void>) => ComponentChildren;
};

/** The survey itself, for the pages about one survey. */
export function useSurvey(orgId: string, surveyId: string) {
  const api = useApi();
  const lang = useLang();
  return useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].$get({ param: { orgId, id: surveyId } }), lang), [orgId, surveyId, lang]);
}

/** The frame of a survey's pages: its title and status, and tabs between its questions, sharing and results. */
export function SurveyFrame({ orgId, surveyId, page, pageTitle, children }: Props) {
  const text = useText(surveyFrameText);
  const lang = useLang();
  const me = useMe();
  const [state, reload] = useSurvey(orgId, surveyId);
  const role = me?.organisations.find((o) => o.id === orgId)?.role ?? 'viewer';
  const survey = state.kind === 'ok' ? (state.data as StoredSurvey) : null;
  const title = survey ? `${pageTitle} – ${surveyText(survey.title, lang)}` : pageTitle;
  const back = { href: paths.dashboard(orgId), label: text.backToSurveys };

  if (state.kind === 'missing')
    return (
      <CoordinatorFrame title={text.missingTitle} orgId={orgId} back={back}>
        <p>{text.missing}</p>
      </CoordinatorFrame>
    );
  if (state.kind === 'failed')
    return (
      <CoordinatorFrame title={text.failedTitle} orgId={orgId} back={back}>
        <LoadError inPage onRetry={() => void reload()} message={state.message} />
      </CoordinatorFrame>
    );
  return (
    <CoordinatorFrame title={title} orgId={orgId} back={back} wide ownHeading={!!survey}>
      {!survey ? (
        <Loading />
      ) : (
        <>
          <div class="survey-head">
            <p class="survey-eyebrow">
              <StatusBadge state={survey.status} />
              <span class="survey-slug">/s/{survey.slug}</span>
            </p>
            <SurveyHeading title={surveyText(survey.title, lang)} />
            <SurveyTabs orgId={orgId} surveyId={surveyId} page={page} />
          </div>
          <h2 class="sr-only">{pageTitle}</h2>
          {children(survey, role, reload)}
        </>
      )}
    </CoordinatorFrame>
  );
}

function SurveyHeading({ title }: { title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (wasNavigated()) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {title}
    </h1>
  );
}

export function SurveyTabs({ orgId, surveyId, page }: { orgId: string; surveyId: string; page: SurveyPage }) {
  const text = useText(surveyFrameText);
  const items: [SurveyPage, string][] = [
    ['edit', text.edit],
    ['share', text.share],
    ['results', text.results],
    ['report', text.report],
  ];
  return (
    <nav class="survey-tabs" aria-label={text.tabs}>
      <ul>
        {items.map(([key, label]) => (
          <li key={key}>
            <Link href={paths.survey(orgId, surveyId, key)} aria-current={key === page ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
