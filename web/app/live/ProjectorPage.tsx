import { useEffect, useState } from 'preact/hooks';
import type { LiveParticipantState, LiveQuestionView, LiveServerMessage, LiveSessionAdmin } from '../../../schema/live.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { sessionGone, socketUrl } from '../../shared/live/backoff.ts';
import { ConnectionLine } from '../../shared/live/LiveResults.tsx';
import { SessionGone, useLiveChannel } from '../../shared/live/useLiveChannel.ts';
import { useDocumentTitle } from '../../shared/ui/document-title.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { FitBox } from './FitBox.tsx';
import { JoinPanel } from './JoinPanel.tsx';
import { liveApi } from './live-api.ts';
import { ProjectorSlide } from './ProjectorSlide.tsx';
import { liveConsoleText } from './text.ts';
import './live.css';
import './projector.css';

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
  const [admin, setAdmin] = useState<{ kind: 'loading' } | { kind: 'failed' } | { kind: 'gone' } | { kind: 'ok'; session: LiveSessionAdmin }>({
    kind: 'loading',
  });
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
        {admin.kind === 'failed' && <LoadError inPage onRetry={() => void load()} />}
        {admin.kind === 'gone' && (
          <section class="projector-stage projector-gone" data-testid="projector-gone">
            <h1 class="projector-question">{text.sessionGone}</h1>
            <p class="projector-hint">{text.sessionGoneHelp}</p>
          </section>
        )}
        {session && (
          <>
            <p class="sr-only" aria-live="polite">
              {current ? surveyText(current.question.label, lang) : ''}
            </p>
            <FitBox as="section" class="projector-stage" testId="projector-stage">
              {!state ? (
                <Loading />
              ) : state.session.status === 'closed' ? (
                <h1 class="projector-question">{text.sessionEnded}</h1>
              ) : state.session.status === 'draft' ? (
                <h1 class="projector-question">{text.notStarted}</h1>
              ) : !current ? (
                <h1 class="projector-question">{text.waitingQuestion}</h1>
              ) : (
                <ProjectorSlide view={current} k={state.session.k} />
              )}
            </FitBox>
            <JoinPanel joinUrl={session.joinUrl} code={session.code} />
          </>
        )}
      </main>
    </div>
  );
}
