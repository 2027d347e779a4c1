import { useState } from 'preact/hooks';
import type { Question } from '../../../schema/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { Alert } from '../ui/Alert.tsx';
import { coordResultsText } from './text.ts';

type State = { kind: 'closed' } | { kind: 'loading' } | { kind: 'ok'; texts: string[]; count: number; release: number } | { kind: 'refused'; message: string };

/** One free-text question: its answers as last released, on demand (editors and owners), or why they stay closed (viewers). */
export function FreeTexts({
  orgId,
  surveyId,
  question,
  canRead,
  filtered,
}: {
  orgId: string;
  surveyId: string;
  question: Question;
  canRead: boolean;
  filtered: boolean;
}) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const titleId = `texts-${question.id}-title`;
  const listId = `texts-${question.id}-list`;

  const toggle = async () => {
    if (state.kind === 'ok' || state.kind === 'refused') return setState({ kind: 'closed' });
    setState({ kind: 'loading' });
    const outcome = await attempt(
      api.orgs[':orgId'].surveys[':id'].texts[':questionId'].$get({ param: { orgId, id: surveyId, questionId: question.id } }),
      lang,
    );
    if (outcome.ok) setState({ kind: 'ok', texts: outcome.data.texts, count: outcome.data.count, release: outcome.data.release });
    else setState({ kind: 'refused', message: outcome.errors.map((e) => e.message).join(' · ') });
  };

  const open = state.kind === 'ok' || state.kind === 'refused';
  return (
    <section class="card result result-texts" aria-labelledby={titleId} data-testid="free-texts">
      <h3 id={titleId}>{surveyText(question.label, lang)}</h3>
      <p class="result-meta">{text.textsTitle}</p>
      {!canRead ? (
        <p class="banner banner-info">{text.textsViewer}</p>
      ) : (
        <>
          {filtered && <p class="muted">{text.textsNotFiltered}</p>}
          <button
            type="button"
            class="button button-secondary button-small"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={listId}
            onClick={() => void toggle()}
          >
            {open ? text.hideTexts : text.showTexts}
          </button>
          <div id={listId}>
            {state.kind === 'loading' && <Loading />}
            {state.kind === 'refused' && (
              <Alert tone="warning">
                <p>{state.message}</p>
              </Alert>
            )}
            {state.kind === 'ok' && (
              <>
                <p class="muted">
                  {text.textsCount(formatNumber(lang, state.count), formatNumber(lang, state.release))} {text.textsCaution}
                </p>
                <ul class="text-answers">
                  {state.texts.map((answer, index) => (
                    <li key={index}>{answer}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
