import { useEffect, useState } from 'preact/hooks';
import type { LiveQuestionView, LiveServerMessage, LiveSessionAdmin } from '../../../schema/live.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { socketUrl } from '../../shared/live/backoff.ts';
import { useLiveChannel, type ChannelStatus } from '../../shared/live/useLiveChannel.ts';
import { liveApi } from './live-api.ts';

export type AdminLoad = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed'; message: string } | { kind: 'ok'; session: LiveSessionAdmin };

/** Replaces one question's view in the organiser's state. */
export function withQuestion(session: LiveSessionAdmin, view: LiveQuestionView): LiveSessionAdmin {
  return { ...session, questions: session.questions.map((q) => (q.question.id === view.question.id ? view : q)) } as LiveSessionAdmin;
}

/** The organiser's session, kept live by the console socket (polling the session while it is down). */
export function useLiveAdmin(orgId: string, sessionId: string, lang: Lang) {
  const [load, setLoad] = useState<AdminLoad>({ kind: 'loading' });
  const fetchSession = async () => {
    const outcome = await liveApi.get(lang, orgId, sessionId);
    if (outcome.ok) setLoad({ kind: 'ok', session: outcome.data });
    else if (outcome.status === 404) setLoad({ kind: 'missing' });
    else {
      setLoad((prev) => (prev.kind === 'ok' ? prev : { kind: 'failed', message: outcome.errors.map((e) => e.message).join(' · ') }));
      throw new Error(String(outcome.status));
    }
  };
  useEffect(() => {
    void fetchSession().catch(() => undefined);
  }, [orgId, sessionId]);
  const ready = load.kind === 'ok';
  const status: ChannelStatus = useLiveChannel({
    url: ready ? socketUrl(location.origin, liveApi.socketPath(orgId, sessionId)) : null,
    poll: fetchSession,
    onGone: () => setLoad({ kind: 'missing' }),
    onMessage: (message: LiveServerMessage) => {
      if (message.type === 'state' && 'questions' in message.state) setLoad({ kind: 'ok', session: message.state as LiveSessionAdmin });
      else if (message.type === 'question') setLoad((prev) => (prev.kind === 'ok' ? { kind: 'ok', session: withQuestion(prev.session, message.view) } : prev));
    },
  });
  return { load, setSession: (session: LiveSessionAdmin) => setLoad({ kind: 'ok', session }), reload: fetchSession, status };
}
