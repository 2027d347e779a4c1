import { useEffect, useState } from 'preact/hooks';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { useApi } from '../api.ts';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { useMe } from '../frame/me.ts';
import { paths } from '../routes.ts';
import { surveyFrameText } from '../survey/text.ts';
import { loadSurvey, type Loaded } from './api.ts';
import { Editor } from './Editor.tsx';
import { editorText } from './text.ts';

export type EditorPageProps = { orgId: string; surveyId: string };

/**
 * `/app/o/:orgId/s/:surveyId/edit`: building a survey without writing any JSON. Loads the survey (its
 * ETag is the version every save sends back), then hands it to the editor. It is loaded once: changing
 * the language keeps the work in progress; loading it again (after a conflict) starts the editor over.
 */
export function EditorPage({ orgId, surveyId }: EditorPageProps) {
  const text = useText(editorText);
  const frame = useText(surveyFrameText);
  const lang = useLang();
  const api = useApi();
  const me = useMe();
  const [loaded, setLoaded] = useState<Loaded | { kind: 'loading' }>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  const load = async () => {
    const result = await loadSurvey(api, orgId, surveyId, lang);
    setGeneration((n) => n + 1);
    setLoaded(result);
  };
  useEffect(() => {
    setLoaded({ kind: 'loading' });
    void load();
  }, [orgId, surveyId]);

  const role = me?.organisations.find((org) => org.id === orgId)?.role ?? 'viewer';
  const back = { href: paths.dashboard(orgId), label: frame.backToSurveys };
  if (loaded.kind === 'missing')
    return (
      <CoordinatorFrame title={frame.missingTitle} orgId={orgId} back={back}>
        <p>{frame.missing}</p>
      </CoordinatorFrame>
    );
  const title = loaded.kind === 'ok' ? `${text.pageName} – ${surveyText(loaded.survey.title, lang)}` : text.pageName;
  return (
    <CoordinatorFrame title={title} orgId={orgId} back={back} wide ownHeading={loaded.kind !== 'loading'}>
      {loaded.kind === 'loading' && <Loading />}
      {loaded.kind === 'failed' && <LoadError onRetry={() => void load()} />}
      {loaded.kind === 'ok' && (
        <Editor
          key={generation}
          orgId={orgId}
          survey={loaded.survey}
          facts={loaded.facts}
          canEdit={role !== 'viewer'}
          fix={generation === 1 ? new URLSearchParams(location.search).get('fix') : null}
          onReload={async () => {
            await load();
            // The editor starts over: the survey's heading is the place to start reading again.
            requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
          }}
        />
      )}
    </CoordinatorFrame>
  );
}
