import { useEffect, useState } from 'preact/hooks';
import type { LiveParticipantState, LiveQuestionView, LiveServerMessage, LiveSessionAdmin } from '../../../schema/live.ts';
import type { SurveyResults } from '../../../schema/results.ts';
import { apiFor } from '../../shared/api/client.ts';
import { loadSurvey, type PublishedSurvey } from '../../shared/api/survey.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { sessionGone, socketUrl } from '../../shared/live/backoff.ts';
import { ConnectionLine, LiveResults } from '../../shared/live/LiveResults.tsx';
import { SessionGone, useLiveChannel } from '../../shared/live/useLiveChannel.ts';
import { useDocumentTitle } from '../../shared/ui/document-title.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { QuestionResults } from '../../results/QuestionResults.tsx';
import { ReleaseLine } from '../../results/ReleaseLine.tsx';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { LoadError } from '../ui/LoadError.tsx';
import { CollegeTables } from './CollegeTables.tsx';
import { liveApi } from './live-api.ts';
import { Qr } from './Qr.tsx';
import { liveConsoleText } from './text.ts';
import './live.css';

/** A pushed change of one question, applied to what the room sees (as on the phones). */
function applyQuestion(state: LiveParticipantState, view: LiveQuestionView): LiveParticipantState {
  const current = state.current;
  if (current && current.question.id === view.question.id) return { ...state, current: view.state === 'idle' ? null : view };
  if (view.state === 'open') return { ...state, current: view };
  return state;
}

/**
 * `/app/o/:orgId/live/:sessionId/projector`: the room's screen. Large type, high contrast, the join code
 * and QR code always in view, the current question with its live figures once revealed. It shows the
 * public view (the same as phones), never the console's.
 */
export function ProjectorPage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const [admin, setAdmin] = useState<{ kind: 'loading' } | { kind: 'failed' } | { kind: 'gone' } | { kind: 'ok'; session: LiveSessionAdmin }>({ kind: 'loading' });
  const [state, setState] = useState<LiveParticipantState | null>(null);
  const load = async () => {
    const outcome = await liveApi.get(lang, orgId, sessionId);
    setAdmin(outcome.ok ? { kind: 'ok', session: outcome.data } : sessionGone({ status: outcome.status }) ? { kind: 'gone' } : { kind: 'failed' });
  };
  useEffect(() => void load(), [orgId, sessionId]);
  const session = admin.kind === 'ok' ? admin.session : null;

  const status = useLiveChannel({
    url: session ? socketUrl(location.origin, liveApi.socketPath(orgId, sessionId), { view: 'projector' }) : null,
    poll: async () => {
      if (!session) return;
      const outcome = await liveApi.publicState(lang, session.code);
      if (!outcome.ok) throw sessionGone({ status: outcome.status }) ? new SessionGone() : new Error(String(outcome.status));
      setState(outcome.data);
    },
    onGone: () => setAdmin({ kind: 'gone' }),
    onMessage: (message: LiveServerMessage) => {
      if (message.type === 'state' && 'current' in message.state) setState(message.state as LiveParticipantState);
      else if (message.type === 'question') setState((prev) => (prev ? applyQuestion(prev, message.view) : prev));
    },
  });

  const [full, setFull] = useState(false);
  useEffect(() => {
    const update = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  const title = session ? surveyText(session.title, lang) : text.projectorTitle;
  const current = state?.current ?? null;
  useDocumentTitle(`${text.projectorTitle} – ${title}`);

  return (
    <div class="projector">
      <header class="projector-bar">
        <p class="projector-session">{title}</p>
        {admin.kind !== 'gone' && <ConnectionLine status={status} />}
        <div class="projector-tools">
          <button type="button" class="projector-button" onClick={toggleFullscreen}>
            {full ? text.exitFullscreen : text.fullscreen}
          </button>
          <Link class="projector-button" href={paths.liveConsole(orgId, sessionId)}>
            {text.backToConsole}
          </Link>
        </div>
      </header>
      <main id="main" class="projector-main" tabIndex={-1}>
        {admin.kind === 'loading' && <Loading />}
        {admin.kind === 'failed' && <LoadError onRetry={() => void load()} />}
        {admin.kind === 'gone' && (
          <section class="projector-stage" data-testid="projector-gone">
            <h1 class="projector-question">{text.sessionGone}</h1>
            <p class="projector-hint">{text.sessionGoneHelp}</p>
          </section>
        )}
        {session && (
          <>
            <p class="sr-only" aria-live="polite">
              {current ? surveyText(current.question.label, lang) : ''}
            </p>
            <section class="projector-stage" data-testid="projector-stage">
              {!state ? (
                <Loading />
              ) : state.session.status === 'closed' ? (
                <h1 class="projector-question">{text.sessionEnded}</h1>
              ) : state.session.status === 'draft' ? (
                <h1 class="projector-question">{text.notStarted}</h1>
              ) : !current ? (
                <h1 class="projector-question">{text.waitingQuestion}</h1>
              ) : (
                <Slide view={current} k={state.session.k} />
              )}
            </section>
            <aside class="projector-join" aria-labelledby="projector-join-title">
              <h2 id="projector-join-title">{text.join}</h2>
              <Qr value={session.joinUrl} label={text.qrAlt(session.joinUrl)} class="projector-qr" size={240} />
              <p class="projector-url">{session.joinUrl.replace(/^https?:\/\//, '').replace(/\/live\/.*$/, '/live')}</p>
              <p class="projector-code">
                <span class="projector-code-label">{text.joinCode}</span>
                <strong data-testid="projector-code">{session.code}</strong>
              </p>
            </aside>
          </>
        )}
      </main>
    </div>
  );
}

function Slide({ view, k }: { view: LiveQuestionView; k: number }) {
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
            <CollegeTables question={question} byCollege={view.byCollege} block={view.block} k={k} id={id} />
            {question.type !== 'ideas' && (
              <p class="projector-hint" data-testid="release-rule">
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
  const [data, setData] = useState<{ kind: 'loading' } | { kind: 'failed' } | { kind: 'ok'; survey: PublishedSurvey; results: SurveyResults }>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    const api = apiFor(lang);
    void Promise.all([loadSurvey(lang, slug), api.s[':slug'].results.$get({ param: { slug } }).then((r) => (r.ok ? (r.json() as Promise<SurveyResults>) : null))])
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
      {data.survey.pages.flatMap((page) => page.questions).map((question) => (
        <QuestionResults key={question.id} question={question} result={byId.get(question.id)} k={data.results.k} context={{ release: data.results.release?.number ?? null }} />
      ))}
    </div>
  );
}
