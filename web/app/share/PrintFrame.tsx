import type { ComponentChildren } from 'preact';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { attempt, useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { useMe } from '../frame/me.ts';
import { paths } from '../routes.ts';
import { useLoad } from '../survey/load.ts';
import { useSurvey, type StoredSurvey } from '../survey/SurveyFrame.tsx';
import { Icon } from '../ui/Icon.tsx';
import { shareText } from './text.ts';

export type PrintData = { survey: StoredSurvey; url: string; organisation: string };

type Props = {
  orgId: string;
  surveyId: string;
  pageTitle: string;
  back: { href: string; label: string };
  /** Above the sheet, on screen only: what the sheet is and the Print button. */
  toolbar?: ComponentChildren;
  children: (data: PrintData) => ComponentChildren;
};

/**
 * Printable pages (poster, cards, GDPR register entry): the app's frame on screen, only the sheet on
 * paper (print CSS hides the rest). Loads the survey, its link and the organisation's name.
 */
export function PrintFrame({ orgId, surveyId, pageTitle, back, toolbar, children }: Props) {
  const lang = useLang();
  const api = useApi();
  const me = useMe();
  const [survey, reload] = useSurvey(orgId, surveyId);
  const [link] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].share.$get({ param: { orgId, id: surveyId } }), lang), [orgId, surveyId]);
  const organisation = me?.organisations.find((o) => o.id === orgId)?.name ?? '';
  const ready = survey.kind === 'ok' && link.kind === 'ok';
  const title = survey.kind === 'ok' ? `${pageTitle} – ${surveyText(survey.data.title, lang)}` : pageTitle;
  return (
    <CoordinatorFrame title={title} orgId={orgId} back={back} wide>
      {survey.kind === 'failed' || survey.kind === 'missing' || link.kind === 'failed' ? (
        <LoadError inPage onRetry={() => void reload()} />
      ) : !ready ? (
        <Loading />
      ) : (
        <>
          <div class="print-toolbar no-print">{toolbar}</div>
          {children({ survey: survey.data as StoredSurvey, url: link.data.url, organisation })}
        </>
      )}
    </CoordinatorFrame>
  );
}

export function PrintButton() {
  const text = useText(shareText);
  return (
    <button type="button" class="button" onClick={() => window.print()}>
      <Icon name="print" />
      {text.print}
    </button>
  );
}

export const shareBack = (orgId: string, surveyId: string, label: string) => ({ href: paths.survey(orgId, surveyId, 'share'), label });
