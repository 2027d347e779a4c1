import { useEffect, useState } from 'preact/hooks';
import type { LiveParticipantState, LiveQuestionView, LiveServerMessage, LiveVoteInput } from '../../schema/live.ts';
import { useLangState, useText, type Lang } from '../shared/i18n/lang.ts';
import { surveyText } from '../shared/i18n/survey-text.ts';
import { sessionGone, socketUrl } from '../shared/live/backoff.ts';
import { ConnectionLine } from '../shared/live/LiveResults.tsx';
import { SessionGone, useLiveChannel } from '../shared/live/useLiveChannel.ts';
import { retryDelay } from '../shared/retry.ts';
import { readStored, removeStored, writeStored } from '../shared/storage.ts';
import { collegeFixed, fixCollege, forgetSession, readOwnVote, writeOwnVote } from './own-votes.ts';
import { useDocumentTitle } from '../shared/ui/document-title.ts';
import { useFocusOnShow } from '../shared/ui/focus.ts';
import { Loading } from '../shared/ui/Loading.tsx';
import { PageShell } from '../shared/ui/PageShell.tsx';
import { joinByCode, loadState } from './api.ts';
import { newDeviceToken, normaliseCard } from './model.ts';
import { CardForm, CollegePicker, JoinForm } from './JoinForms.tsx';
import { QuestionView } from './QuestionView.tsx';
import { SendingNote } from '../shared/ui/SendingNote.tsx';
import { liveText } from './text.ts';
import { useCountdown } from './useCountdown.ts';

type Screen =
  | { kind: 'enter'; error?: string; code?: string }
  | { kind: 'loading' }
  | { kind: 'card'; state: LiveParticipantState }
  | { kind: 'live'; state: LiveParticipantState; token: string }
  | { kind: 'gone' };

const tokenKey = (sessionId: string) => `pouls:live:${sessionId}:token`;
const collegeKey = (sessionId: string) => `pouls:live:${sessionId}:college`;

/** `/live` and `/live/:code`: join a workshop by its code (typed, or in the QR code's link), then vote from the phone. */
export function LiveApp({ initialCode }: { initialCode: string | null }) {
  const [lang, setLang] = useLangState();
  const [screen, setScreen] = useState<Screen>(initialCode ? { kind: 'loading' } : { kind: 'enter' });
  const text = liveText[lang];
  const countdown = useCountdown();

  const join = async (code: string) => {
    setScreen({ kind: 'loading' });
    let joined = await joinByCode(code, lang);
    // 429: the whole room is scanning the QR code at once; wait as asked (Retry-After), then try again.
    for (let failures = 0; !joined.ok && joined.status === 429; failures++) {
      if (!(await countdown.wait(retryDelay(failures, joined.retryAfter)))) return;
      joined = await joinByCode(code, lang);
    }
    if (!joined.ok) return setScreen({ kind: 'enter', code, error: joined.status === 0 || joined.status >= 500 ? text.unreachable : text.codeUnknown });
    const session = joined.data.session;
    // A printed card's QR code carries the card (?card=…): it becomes this device's token, and leaves the address bar.
    const card = normaliseCard(new URLSearchParams(location.search).get('card') ?? '');
    if (card) writeStored(tokenKey(session.id), card);
    if (location.pathname !== `/live/${session.code}` || location.search) history.replaceState(null, '', `/live/${session.code}`);
    let token = readStored(tokenKey(session.id));
    if (!token && session.cardsRequired) return setScreen({ kind: 'card', state: joined.data });
    if (!token) writeStored(tokenKey(session.id), (token = newDeviceToken()));
    setScreen({ kind: 'live', state: joined.data, token });
  };
  useEffect(() => {
    if (initialCode) void join(initialCode);
  }, []);

  return (
    <PageShell lang={lang} onLangChange={setLang}>
      <div class="live-page">
        {screen.kind === 'loading' && (countdown.left === null ? <Loading /> : <RetryWait left={countdown.left} onRetryNow={countdown.skip} />)}
        {screen.kind === 'gone' && <Gone onJoinAnother={() => setScreen({ kind: 'enter' })} />}
        {screen.kind === 'enter' && <JoinForm initial={screen.code ?? ''} error={screen.error} onJoin={join} />}
        {screen.kind === 'card' && (
          <CardForm
            state={screen.state}
            lang={lang}
            onCard={(token, state) => {
              writeStored(tokenKey(state.session.id), token);
              setScreen({ kind: 'live', state, token });
            }}
          />
        )}
        {screen.kind === 'live' && (
          <LiveSession
            key={screen.state.session.id}
            initial={screen.state}
            token={screen.token}
            lang={lang}
            onGone={() => {
              forgetSession(screen.state.session.id);
              setScreen({ kind: 'gone' });
            }}
            onChangeCard={() => {
              removeStored(tokenKey(screen.state.session.id));
              setScreen({ kind: 'card', state: screen.state });
            }}
          />
        )}
      </div>
    </PageShell>
  );
}

/** Joining was refused for a moment (429): the countdown before the next try, as on the questionnaire. */
function RetryWait({ left, onRetryNow }: { left: number; onRetryNow: () => void }) {
  const text = useText(liveText);
  return (
    <section class="live-card live-status">
      <p role="status" data-testid="join-status">
        <SendingNote label={text.busy} left={left} />
      </p>
      <button type="button" class="button button-secondary" onClick={onRetryNow}>
        {text.retryNow}
      </button>
    </section>
  );
}

/** The session was deleted while this page followed it (close code 4404, or a 404 on its state). */
function Gone({ onJoinAnother }: { onJoinAnother: () => void }) {
  const text = useText(liveText);
  const heading = useFocusOnShow<HTMLHeadingElement>();
  useDocumentTitle(text.goneTitle);
  return (
    <section class="live-card" aria-labelledby="gone-title">
      <h1 id="gone-title" ref={heading} tabIndex={-1}>
        {text.goneTitle}
      </h1>
      <p>{text.goneLead}</p>
      <button type="button" class="button button-secondary" onClick={onJoinAnother}>
        {text.joinAnother}
      </button>
    </section>
  );
}

/** A pushed change of one question, applied to what the phone shows. */
function applyQuestion(state: LiveParticipantState, view: LiveQuestionView): LiveParticipantState {
  const current = state.current;
  if (current && current.question.id === view.question.id) return { ...state, current: view.state === 'idle' ? null : view };
  if (view.state === 'open') return { ...state, current: view };
  return state;
}

function LiveSession({
  initial,
  token,
  lang,
  onChangeCard,
  onGone,
}: {
  initial: LiveParticipantState;
  token: string;
  lang: Lang;
  onChangeCard: () => void;
  onGone: () => void;
}) {
  const text = useText(liveText);
  const [state, setState] = useState(initial);
  const sessionId = initial.session.id;
  const [picked, setPicked] = useState(() => readStored(collegeKey(sessionId)));
  const [choosing, setChoosing] = useState(false);
  const session = state.session;
  useDocumentTitle(`${text.pageTitle} – ${surveyText(session.title, lang)}`);

  // The device's own choices live on the device (own-votes.ts): the server never sends them back.
  const [fixed, setFixed] = useState(() => collegeFixed(sessionId));
  const [, setSaved] = useState(0);
  const merge = (next: LiveParticipantState) => setState((prev) => ({ ...next, college: next.college !== undefined ? next.college : prev.college }));
  const status = useLiveChannel({
    url: socketUrl(location.origin, `/api/live/${encodeURIComponent(sessionId)}/socket`, { token }),
    poll: async () => {
      const loaded = await loadState(sessionId, token, lang);
      if (!loaded.ok) throw sessionGone({ status: loaded.status }) ? new SessionGone() : new Error(String(loaded.status));
      merge(loaded.data);
    },
    onGone,
    onMessage: (message: LiveServerMessage) => {
      if (message.type === 'state' && 'current' in message.state) merge(message.state as LiveParticipantState);
      else if (message.type === 'question') setState((prev) => applyQuestion(prev, message.view));
    },
  });

  const colleges = session.colleges;
  const fixedCollege = state.college ?? null;
  const college = fixedCollege ?? (colleges?.some((c) => c.id === picked) ? picked : null);
  const needsCollege = !!colleges && !fixedCollege && (!college || choosing);
  const round = state.current?.round ?? 1;
  const stored = (vote: LiveVoteInput) => {
    writeOwnVote(sessionId, vote.questionId, round, vote.value);
    // A first vote with a college fixes it for the session (the server refuses a change).
    if (colleges && !fixedCollege && vote.college && !fixed) {
      fixCollege(sessionId);
      setFixed(true);
    }
    setSaved((n) => n + 1);
  };

  let body;
  if (needsCollege)
    body = (
      <CollegePicker
        colleges={colleges!}
        current={college}
        lang={lang}
        onPick={(id) => {
          writeStored(collegeKey(sessionId), id);
          setPicked(id);
          setChoosing(false);
        }}
      />
    );
  else if (session.status === 'draft') body = <p class="live-wait">{text.draft}</p>;
  else if (session.status === 'closed') body = <p class="live-wait live-ended">{text.ended}</p>;
  else if (!state.current) body = <p class="live-wait">{text.waiting}</p>;
  else
    body = (
      <QuestionView
        key={`${state.current.question.id}:${state.current.round}`}
        view={state.current}
        mine={readOwnVote(sessionId, state.current.question.id, state.current.round)}
        session={session}
        sessionId={sessionId}
        token={token}
        college={fixedCollege ? undefined : (college ?? undefined)}
        lang={lang}
        onStored={stored}
      />
    );

  const currentLabel = state.current && session.status === 'open' ? surveyText(state.current.question.label, lang) : '';
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (currentLabel) setAnnounced(text.questionOf(currentLabel));
  }, [state.current?.question.id, state.current?.round]);

  const collegeLabel = colleges?.find((c) => c.id === college)?.label;
  return (
    <>
      <div class="live-head">
        <p class="live-eyebrow">{surveyText(session.title, lang)}</p>
        <ConnectionLine status={status} />
        {session.cardsRequired && (
          <p class="live-college">
            <button type="button" class="link-button" onClick={onChangeCard}>
              {text.changeCard}
            </button>
          </p>
        )}
        {collegeLabel && !needsCollege && (
          <p class="live-college" data-testid="your-college">
            {text.yourCollege(surveyText(collegeLabel, lang))}{' '}
            {fixedCollege ? (
              <span class="hint">{text.collegeByCard}</span>
            ) : fixed ? (
              <span class="hint">{text.collegeKept}</span>
            ) : (
              <>
                <span class="hint">{text.collegeUntilVote}</span>{' '}
                <button type="button" class="link-button" onClick={() => setChoosing(true)}>
                  {text.changeCollege}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {body}
      <p class="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}
