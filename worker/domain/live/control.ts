import type { LiveControl } from '../../../schema/live.ts';
import type { LiveModel, QuestionStateRecord } from './model.ts';
import { problem, type Outcome } from './problems.ts';

/** What a control changes in a question's state: null when there is nothing to do (opening an open question). */
export type ControlChange = Partial<Omit<QuestionStateRecord, 'published'>> | null;

/**
 * Checks an organiser's control of a question against the session and the question's state, and says
 * what it changes. Pure: the session's object applies it (a reset also starts a new round).
 */
export function controlChange(model: LiveModel, questionId: string, action: LiveControl['action']): Outcome<ControlChange> {
  const runtime = model.runtime(questionId);
  if (!runtime) return problem(404, 'questionId', 'Question inconnue', 'Unknown question');
  const refuse = (fr: string, en: string) => problem(409, 'action', fr, en);
  if (action === 'open' && model.session.status !== 'open') return refuse('Lancez d’abord la séance', 'Start the session first');
  if (action === 'open' && runtime.state === 'open') return { ok: true, value: null };
  if (action === 'lock' && runtime.state !== 'open') return refuse('Seule une question ouverte peut être figée', 'Only an open question can be locked');
  if ((action === 'close' || action === 'show') && runtime.state === 'idle')
    return refuse('Cette question n’a pas été posée', 'This question has not been asked');
  if (action === 'show' && model.session.status !== 'open') return refuse('Rouvrez d’abord l’atelier', 'Reopen the workshop first');
  const change: ControlChange = {
    open: { state: 'open' as const, openedOrder: model.nextOpenedOrder() },
    lock: { state: 'locked' as const },
    close: { state: 'closed' as const },
    // A new round: earlier votes stay in D1 under their round, but count no more.
    reset: { state: 'idle' as const, revealed: false },
    reveal: { revealed: true },
    hide: { revealed: false },
    // Back on screen: the question becomes the last one shown, with its last release.
    show: { openedOrder: model.nextOpenedOrder(), revealed: true },
  }[action];
  return { ok: true, value: change };
}
