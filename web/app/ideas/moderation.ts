import type { IdeaAdmin, IdeaStatus } from '../../../schema/ideas.ts';

/** What the queue offers for an idea in each status (schema/ideas.ts says which status each action applies to). */
export type QueueAction = 'approve' | 'redact' | 'decline' | 'merge' | 'hide' | 'unhide';

const PUBLIC: IdeaStatus[] = ['received', 'studying', 'retained', 'done', 'rejected'];

export function actionsFor(idea: Pick<IdeaAdmin, 'status' | 'mustReword'>): QueueAction[] {
  switch (idea.status) {
    case 'pending':
      return idea.mustReword ? ['redact', 'decline', 'merge'] : ['approve', 'redact', 'decline', 'merge'];
    case 'hidden':
      return ['unhide', 'redact', 'decline', 'merge'];
    case 'received':
    case 'studying':
      return ['hide', 'redact', 'decline', 'merge'];
    case 'retained':
    case 'done':
    case 'rejected':
      return ['hide', 'redact'];
    default:
      return [];
  }
}

/** Ideas another can be merged into: pending or public ones of the box, itself and merged ones aside. */
export function mergeTargets(ideas: IdeaAdmin[], ideaId: string): IdeaAdmin[] {
  return ideas.filter((i) => i.id !== ideaId && (i.status === 'pending' || PUBLIC.includes(i.status)));
}

export type QueueFilter = 'moderate' | 'public' | 'closed' | 'all';

/** The queue's views: what waits (pending, hidden after reports), what is published, what is settled. */
export function inFilter(idea: Pick<IdeaAdmin, 'status'>, filter: QueueFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'moderate') return idea.status === 'pending' || idea.status === 'hidden';
  if (filter === 'public') return PUBLIC.includes(idea.status);
  return !PUBLIC.includes(idea.status) && idea.status !== 'pending' && idea.status !== 'hidden';
}

/** Oldest waiting first in the moderation queue (they waited longest); most supported first elsewhere. */
export function queueOrder(ideas: IdeaAdmin[], filter: QueueFilter): IdeaAdmin[] {
  return [...ideas].sort((a, b) => (filter === 'moderate' ? b.waitedDays - a.waitedDays || a.createdOn.localeCompare(b.createdOn) : b.supports - a.supports));
}
