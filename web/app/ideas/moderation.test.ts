import { describe, expect, it } from 'vitest';
import type { IdeaAdmin } from '../../../schema/ideas.ts';
import { actionsFor, inFilter, mergeTargets, queueOrder } from './moderation.ts';

const idea = (id: string, status: IdeaAdmin['status'], extra: Partial<IdeaAdmin> = {}): IdeaAdmin => ({
  id,
  theme: 't',
  text: id,
  status,
  source: 'online',
  supports: 0,
  supportsAtMost: 0,
  mustReword: false,
  reports: 0,
  flags: [],
  declineReason: null,
  mergedInto: null,
  createdOn: '2026-12-01',
  answer: null,
  waitedDays: 0,
  history: [],
  ...extra,
});

describe('the moderation queue', () => {
  it('offers what each status allows', () => {
    expect(actionsFor(idea('a', 'pending'))).toContain('approve');
    expect(actionsFor(idea('a', 'pending', { mustReword: true }))).not.toContain('approve');
    expect(actionsFor(idea('a', 'hidden'))).toContain('unhide');
    expect(actionsFor(idea('a', 'done'))).toEqual(['hide', 'redact']);
    expect(actionsFor(idea('a', 'merged'))).toEqual([]);
  });
  it('filters and orders', () => {
    const ideas = [
      idea('a', 'pending', { waitedDays: 1 }),
      idea('b', 'hidden', { waitedDays: 4 }),
      idea('c', 'received', { supports: 3 }),
      idea('d', 'declined'),
      idea('e', 'studying', { supports: 9 }),
    ];
    expect(
      queueOrder(
        ideas.filter((i) => inFilter(i, 'moderate')),
        'moderate',
      ).map((i) => i.id),
    ).toEqual(['b', 'a']);
    expect(
      queueOrder(
        ideas.filter((i) => inFilter(i, 'public')),
        'public',
      ).map((i) => i.id),
    ).toEqual(['e', 'c']);
    expect(ideas.filter((i) => inFilter(i, 'closed')).map((i) => i.id)).toEqual(['d']);
    expect(mergeTargets(ideas, 'a').map((i) => i.id)).toEqual(['c', 'e']);
  });
});
