import { useEffect, useState } from 'preact/hooks';
import type { PersonalFeedback } from '../../schema/report.ts';
import type { Lang } from '../../schema/lang.ts';
import type { Survey } from '../../schema/survey.ts';
import { loadSurvey } from '../shared/api/survey.ts';
import { useLangState } from '../shared/i18n/lang.ts';
import { Loading } from '../shared/ui/Loading.tsx';
import { LoadError } from '../shared/ui/LoadError.tsx';
import { NotFound } from '../shared/ui/NotFound.tsx';
import { PageShell } from '../shared/ui/PageShell.tsx';
import { clearDraft, loadDraft, type SavedDraft } from './draft-store.ts';
import { Closed, ThankYou } from './screens.tsx';
import { SurveyForm } from './SurveyForm.tsx';

type Screen =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed' }
  | { kind: 'closed' }
  | { kind: 'form'; survey: Survey; saved: SavedDraft | null }
  /** `feedback` lives in this state only: never in the draft or anywhere else on the device. */
  | { kind: 'thanks'; survey: Survey; feedback?: { feedback: PersonalFeedback; lang: Lang } | undefined };

/** `/s/:slug`: load the survey, then the questionnaire, then thanks. */
export function RespondApp({ slug }: { slug: string }) {
  const [lang, setLang] = useLangState();
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });

  const load = async () => {
    setScreen({ kind: 'loading' });
    const loaded = await loadSurvey(lang, slug);
    if (loaded.kind !== 'ok') return setScreen({ kind: loaded.kind });
    const saved = loadDraft(slug, loaded.survey.id);
    // A closed survey still acknowledges a send that reached it before closing: let a pending one finish.
    if (loaded.survey.status === 'closed' && !saved?.sending) return setScreen({ kind: 'closed' });
    setScreen({ kind: 'form', survey: loaded.survey, saved });
  };
  useEffect(() => void load(), []);

  const finish = (survey: Survey) => (feedback?: PersonalFeedback) => {
    clearDraft(slug);
    setScreen({ kind: 'thanks', survey, feedback: feedback && { feedback, lang } });
  };
  const close = () => {
    clearDraft(slug);
    setScreen({ kind: 'closed' });
  };

  return (
    <PageShell lang={lang} onLangChange={setLang}>
      {screen.kind === 'loading' && <Loading />}
      {screen.kind === 'missing' && <NotFound />}
      {screen.kind === 'failed' && <LoadError onRetry={load} />}
      {screen.kind === 'closed' && <Closed />}
      {screen.kind === 'form' && <SurveyForm survey={screen.survey} slug={slug} saved={screen.saved} onRecorded={finish(screen.survey)} onClosed={close} />}
      {screen.kind === 'thanks' && <ThankYou survey={screen.survey} slug={slug} feedback={screen.feedback} />}
    </PageShell>
  );
}
