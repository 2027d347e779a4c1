import { useEffect, useState } from 'preact/hooks';
import type { Survey } from '../../schema/survey.ts';
import { loadSurvey, type SurveyLoad } from '../shared/api/survey.ts';
import { commonText } from '../shared/i18n/common-text.ts';
import { useLangState, useText } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { Loading } from '../shared/ui/Loading.tsx';
import { LoadError } from '../shared/ui/LoadError.tsx';
import { NotFound } from '../shared/ui/NotFound.tsx';
import { Notice } from '../shared/ui/Notice.tsx';
import { PageShell } from '../shared/ui/PageShell.tsx';
import { ResultsReport } from './ResultsReport.tsx';
import { resultsText } from './text.ts';
import { useReleasedResults } from './useReleasedResults.ts';
import { useRefreshAnnouncement } from './useRefreshAnnouncement.ts';

/** `/s/:slug/results`: the survey's public, anonymized results, as last released. */
export function ResultsApp({ slug }: { slug: string }) {
  const [lang, setLang] = useLangState();
  const [definition, setDefinition] = useState<SurveyLoad | null>(null);
  const released = useReleasedResults(slug, lang);

  const loadDefinition = async () => {
    setDefinition(null);
    setDefinition(await loadSurvey(lang, slug));
  };
  const retry = () => {
    void loadDefinition();
    void released.refresh();
  };
  useEffect(() => void loadDefinition(), []);

  const { announcement, refreshNow } = useRefreshAnnouncement(released, lang);
  const text = resultsText[lang];

  const survey = definition?.kind === 'ok' ? definition.survey : null;
  useDocumentTitle(survey ? `${text.eyebrow} – ${surveyText(survey.title, lang)}` : text.eyebrow);

  return (
    <PageShell lang={lang} onLangChange={setLang}>
      <Body definition={definition} survey={survey} released={released} onRefresh={refreshNow} onRetry={retry} />
      <p class="sr-only" role="status">
        {announcement}
      </p>
    </PageShell>
  );
}

type BodyProps = {
  definition: SurveyLoad | null;
  survey: Survey | null;
  released: ReturnType<typeof useReleasedResults>;
  onRefresh: () => void;
  onRetry: () => void;
};

function Body({ definition, survey, released, onRefresh, onRetry }: BodyProps) {
  const { state } = released;
  if (definition?.kind === 'missing' || state.kind === 'missing') return <NotFound />;
  if (state.kind === 'forbidden') return <Forbidden />;
  if (definition?.kind === 'failed' || state.kind === 'failed') return <LoadError onRetry={onRetry} />;
  if (!survey || state.kind !== 'ok') return <Loading />;
  return <ResultsReport survey={survey} results={state.results} at={state.at} stale={state.stale} onRefresh={onRefresh} />;
}

function Forbidden() {
  const text = useText(resultsText);
  const common = useText(commonText);
  useDocumentTitle(text.forbiddenTitle);
  return (
    <Notice title={text.forbiddenTitle} tone="warning">
      <p>{text.forbidden}</p>
      <p>
        <a href="/">{common.backHome}</a>
      </p>
    </Notice>
  );
}
