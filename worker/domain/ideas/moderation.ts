import type { IdeaHistoryEntry, IdeaStatus, Moderation } from '../../../schema/ideas.ts';
import type { LocalizedText } from '../../../schema/lang.ts';
import { CLOSED_TO_EDITS, isAnswered, isPublic, type StoredIdea } from './model.ts';

/** A refusal, in both languages (the route picks one). */
export type Refusal = { ok: false; status: 404 | 409 | 422; path: string; fr: string; en: string };

/** What a moderation action changes on the idea (fields left out stay as they are). */
export type IdeaChange = {
  status: IdeaStatus;
  text?: string;
  theme?: string;
  answer?: LocalizedText | null;
  declineReason?: string | null;
  hiddenFrom?: IdeaStatus | null;
  mustReword?: boolean;
  resetReports?: boolean;
  answeredOn?: string | null;
  settledOn?: string | null;
  entry: IdeaHistoryEntry | null;
};

export type ModerationPlan =
  { ok: true; kind: 'change'; change: IdeaChange } | { ok: true; kind: 'merge'; into: StoredIdea; entry: IdeaHistoryEntry } | Refusal;

const refuse = (status: Refusal['status'], path: string, fr: string, en: string): Refusal => ({ ok: false, status, path, fr, en });
const wrongStatus = (idea: StoredIdea) =>
  refuse(409, 'action', `Action impossible sur une idée au statut « ${idea.status} »`, `Not possible on an idea whose status is “${idea.status}”`);

const MERGEABLE: readonly IdeaStatus[] = ['pending', 'received', 'studying', 'hidden'];
const DECLINABLE: readonly IdeaStatus[] = ['pending', 'hidden', 'received', 'studying'];

/**
 * What `action` does to `idea`, or why it cannot: the rules of schema/ideas.ts `Moderation`.
 * `target` is the idea a merge names (null when it is not in the box); `themes` the box's.
 */
export function planModeration(
  idea: StoredIdea,
  action: Moderation,
  context: { day: string; themes: readonly string[]; target?: StoredIdea | null },
): ModerationPlan {
  const { day } = context;
  const change = (c: IdeaChange): ModerationPlan => ({ ok: true, kind: 'change', change: c });
  const entry = (status: IdeaStatus, note?: LocalizedText): IdeaHistoryEntry => (note ? { status, on: day, note } : { status, on: day });
  switch (action.action) {
    case 'approve':
      if (idea.status !== 'pending') return wrongStatus(idea);
      if (idea.mustReword)
        return refuse(
          409,
          'text',
          'Réponse écrite d’un questionnaire : reformulez-la d’abord (les réponses écrites ne sont jamais publiées telles quelles)',
          'A survey’s written answer: reword it first (written answers are never published as written)',
        );
      return change({ status: 'received', entry: entry('received') });
    case 'decline':
      if (!DECLINABLE.includes(idea.status)) return wrongStatus(idea);
      return change({ status: 'declined', declineReason: action.reason, hiddenFrom: null, settledOn: day, entry: entry('declined') });
    case 'redact':
      if (CLOSED_TO_EDITS.includes(idea.status)) return wrongStatus(idea);
      if (action.text === idea.text) return refuse(422, 'text', 'Le texte n’a pas changé', 'The text did not change');
      return change({
        status: idea.status,
        text: action.text,
        mustReword: false,
        entry: entry(idea.status, { fr: 'Texte modifié par la modération', en: 'Text edited by moderation' }),
      });
    case 'theme':
      if (CLOSED_TO_EDITS.includes(idea.status)) return wrongStatus(idea);
      if (!context.themes.includes(action.theme)) return refuse(422, 'theme', 'Thème inconnu dans cette boîte', 'No such theme in this box');
      return change({ status: idea.status, theme: action.theme, entry: null });
    case 'hide':
      if (!isPublic(idea.status)) return wrongStatus(idea);
      return change({ status: 'hidden', hiddenFrom: idea.status, entry: entry('hidden') });
    case 'unhide': {
      if (idea.status !== 'hidden') return wrongStatus(idea);
      const back = idea.hiddenFrom ?? 'received';
      return change({ status: back, hiddenFrom: null, resetReports: true, entry: entry(back) });
    }
    case 'status': {
      if (!isPublic(idea.status)) return wrongStatus(idea);
      const answered = isAnswered(action.status);
      if (answered && !action.answer)
        return refuse(422, 'answer', 'Une réponse publique est requise pour ce statut', 'A public answer is required for this status');
      const settled = action.status === 'done' || action.status === 'rejected';
      return change({
        status: action.status,
        answer: action.answer ?? null,
        answeredOn: answered ? day : null,
        settledOn: settled ? day : null,
        entry: entry(action.status, action.answer),
      });
    }
    case 'merge': {
      const target = context.target;
      if (!MERGEABLE.includes(idea.status)) return wrongStatus(idea);
      if (!target) return refuse(404, 'into', 'Idée introuvable dans cette boîte', 'No such idea in this box');
      if (target.id === idea.id) return refuse(422, 'into', 'Une idée ne peut pas être regroupée avec elle-même', 'An idea cannot be merged into itself');
      if (target.status !== 'pending' && !isPublic(target.status))
        return refuse(409, 'into', 'Regroupez dans une idée en attente ou publiée', 'Merge into a pending or published idea');
      return { ok: true, kind: 'merge', into: target, entry: entry('merged') };
    }
  }
}
