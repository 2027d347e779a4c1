import { describe, expect, it } from 'vitest';
import { storedIdea } from '../../../tests/support/stored-idea.ts';
import type { StoredIdea } from './model.ts';
import { adminIdea, displayIdeas, publicIdea, publicIdeas } from './views.ts';

const idea = (over: Partial<StoredIdea>): StoredIdea =>
  storedIdea({
    history: [
      { status: 'pending', on: '2026-03-01' },
      { status: 'received', on: '2026-03-02' },
    ],
    ...over,
  });
const themes = [
  { id: 'accueil', label: { fr: 'Accueil' } },
  { id: 'horaires', label: { fr: 'Horaires' } },
];

describe('idea views', () => {
  it('shows supports from k only, the public part of the history, and the days waited', () => {
    expect(publicIdea(idea({ supports: 4 }), 5, '2026-03-11')).toMatchObject({ supports: null, waitedDays: 10, history: [{ status: 'received' }] });
    expect(publicIdea(idea({ supports: 5, answeredOn: '2026-03-05', status: 'retained' }), 5, '2026-03-11')).toMatchObject({ supports: 5, waitedDays: 4 });
    expect(() => publicIdea(idea({ status: 'pending' }), 5, '2026-03-11')).toThrow();
  });

  it('sorts by theme, then supports from k, then ideas under k newest first (their counts stay untold)', () => {
    const ideas = [
      idea({ id: 'h', theme: 'horaires', supports: 9 }),
      idea({ id: 'small-old', supports: 4, createdOn: '2026-01-01' }),
      idea({ id: 'big', supports: 7 }),
      idea({ id: 'small-new', supports: 1, createdOn: '2026-02-01' }),
      idea({ id: 'bigger', supports: 8 }),
      idea({ id: 'pending', status: 'pending', supports: 50 }),
    ];
    expect(publicIdeas(ideas, 5, themes, '2026-03-11').map((i) => i.id)).toEqual(['bigger', 'big', 'small-new', 'small-old', 'h']);
  });

  it('the waiting room rotates through ideas still open to supports and lists the latest answers', () => {
    const answer = { fr: 'Fait' };
    const ideas = [
      idea({ id: 'open' }),
      idea({ id: 'done-old', status: 'done', answer, answeredOn: '2026-02-01' }),
      idea({ id: 'done-new', status: 'done', answer, answeredOn: '2026-03-01' }),
      idea({ id: 'retained', status: 'retained', answer, answeredOn: '2026-02-15' }),
      idea({ id: 'hidden', status: 'hidden' }),
    ];
    const shown = displayIdeas(ideas, 5, themes, '2026-03-11');
    expect(shown.ideas.map((i) => i.id)).toEqual(['open', 'retained']);
    expect(shown.answered.map((i) => i.id)).toEqual(['done-new', 'retained', 'done-old']);
  });

  it('gives coordinators exact counts, bounds and the flags of the text', () => {
    expect(adminIdea(idea({ text: 'Merci au Dr Martin', supports: 2, supportsAtMost: 3 }), '2026-03-11')).toMatchObject({
      supports: 2,
      supportsAtMost: 3,
      flags: [{ kind: 'name', start: 9, end: 18 }],
    });
  });
});
