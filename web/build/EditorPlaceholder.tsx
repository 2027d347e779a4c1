import type { Dict } from '../shared/i18n/lang.ts';
import { useText } from '../shared/i18n/lang.ts';
import { Link } from './frame/router.tsx';
import { paths } from './routes.ts';
import { SurveyFrame } from './survey/SurveyFrame.tsx';

const text: Dict<{ title: string; body: string; share: string; results: string }> = {
  fr: {
    title: 'Questions',
    body: 'L’éditeur de questions arrive bientôt dans cette version de Pouls. En attendant, le questionnaire garde les questions de son point de départ (modèle ou vague précédente) : vous pouvez déjà le publier et le partager.',
    share: 'Partager le questionnaire',
    results: 'Voir les résultats',
  },
  en: {
    title: 'Questions',
    body: 'The question editor is coming soon in this version of Pouls. Meanwhile the survey keeps the questions of its starting point (template or previous wave): you can already publish and share it.',
    share: 'Share the survey',
    results: 'See the results',
  },
};

/** Stands in for web/build/editor/EditorPage.tsx until that file exists (see App.tsx). */
export function EditorPlaceholder({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const t = useText(text);
  return (
    <SurveyFrame orgId={orgId} surveyId={surveyId} page="edit" pageTitle={t.title}>
      {() => (
        <section class="card" data-testid="editor-placeholder">
          <p>{t.body}</p>
          <p class="actions">
            <Link class="button" href={paths.survey(orgId, surveyId, 'share')}>
              {t.share}
            </Link>
            <Link class="button button-secondary" href={paths.survey(orgId, surveyId, 'results')}>
              {t.results}
            </Link>
          </p>
        </section>
      )}
    </SurveyFrame>
  );
}
