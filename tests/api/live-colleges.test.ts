import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LiveParticipantState } from '../../schema/live.ts';
import { postJson } from './helpers.ts';
import { COLLEGES, control, definition, expectError, liveSession, newToken, state, viewOf, vote } from './live-helpers.ts';

describe('live sessions: colleges, cards and the block vote', () => {
  const withColleges = () => definition({ settings: { k: 3, colleges: COLLEGES } });

  it('the block vote by hand: pluralities per college, a tie splitting its weight', async () => {
    const live = await liveSession(withColleges());
    await control(live, 'q1', 'open');
    // usagers: a b c (a three-way tie → 50/3 each); pros: c c c → 30; élus: a a a → 20. a 36.67, b 16.67, c 46.67.
    // Each college's three votes make a release (k = 3), which shows its figures.
    const ballots: [string, string][] = [
      ['usagers', 'a'],
      ['usagers', 'b'],
      ['usagers', 'c'],
      ['pros', 'c'],
      ['pros', 'c'],
      ['pros', 'c'],
      ['elus', 'a'],
      ['elus', 'a'],
      ['elus', 'a'],
    ];
    for (const [college, value] of ballots) expect((await vote(live, newToken(), { questionId: 'q1', value, college })).status).toBe(201);
    await control(live, 'q1', 'lock');
    const view = await viewOf(live, 'q1');
    expect(view.block).toEqual({
      suppressed: false,
      colleges: [
        { college: 'usagers', choice: ['a', 'b', 'c'], weight: 50 },
        { college: 'pros', choice: ['c'], weight: 30 },
        { college: 'elus', choice: ['a'], weight: 20 },
      ],
      options: [
        { option: 'a', weight: 36.666667 },
        { option: 'b', weight: 16.666667 },
        { option: 'c', weight: 46.666667 },
      ],
      winner: ['c'],
    });
    expect(view.byCollege?.map((c) => [c.tally.voters, c.previous ?? false])).toEqual([
      [3, false],
      [3, false],
      [3, false],
    ]);
  });

  it('a college whose figures would give away one person’s change stays hidden, and so does the block vote', async () => {
    const live = await liveSession(withColleges());
    await control(live, 'q1', 'open');
    const ballots: [string, string][] = [
      ['usagers', 'a'],
      ['usagers', 'a'],
      ['usagers', 'a'],
      ['usagers', 'b'],
      ['pros', 'b'],
      ['pros', 'b'],
      ['pros', 'b'],
      ['pros', 'b'],
      ['pros', 'a'],
      ['elus', 'c'],
    ];
    for (const [college, value] of ballots) await vote(live, newToken(), { questionId: 'q1', value, college });
    await control(live, 'q1', 'lock');
    const view = await viewOf(live, 'q1');
    expect(view.block).toEqual({ suppressed: true, reason: 'college_withheld' });
    // Usagers were shown at the first release (3); since, one more usager voted: the total at the third
    // release minus the first minus the professionals would be that one vote, so the professionals stay hidden.
    expect(view.byCollege?.map((c) => [c.college, c.tally.voters, c.previous ?? false])).toEqual([
      ['usagers', 3, true],
      ['pros', null, false],
      ['elus', null, false],
    ]);
    expect(view.tally).toMatchObject({ voters: 9 });
  });

  it('with colleges a participant must pick a known one', async () => {
    const live = await liveSession(withColleges());
    await control(live, 'q1', 'open');
    await expectError(await vote(live, newToken(), { questionId: 'q1', value: 'a' }), 400, 'college');
    await expectError(await vote(live, newToken(), { questionId: 'q1', value: 'a', college: 'martiens' }), 400, 'college');
  });

  it('cards: shown once, stored hashed, each fixing its college; with cardsRequired only cards vote', async () => {
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES, cardsRequired: true } }));
    const made = await postJson(`${live.base}/cards`, { count: 3, college: 'pros' }, live.owner.headers);
    expect(made.status).toBe(201);
    const { cards } = (await made.json()) as { cards: string[] };
    expect(cards).toHaveLength(3);
    const stored = await env.DB.prepare('SELECT code_hash, college FROM live_cards WHERE session_id = ?')
      .bind(live.id)
      .all<{ code_hash: string; college: string }>();
    expect(stored.results.map((r) => r.college)).toEqual(['pros', 'pros', 'pros']);
    expect(JSON.stringify(stored.results)).not.toContain(cards[0]!);
    await expectError(await postJson(`${live.base}/cards`, { count: 2001 }, live.owner.headers), 400, 'count');
    await expectError(await postJson(`${live.base}/cards`, { count: 2, college: 'martiens' }, live.owner.headers), 400, 'college');

    await control(live, 'q1', 'open');
    await expectError(await vote(live, newToken(), { questionId: 'q1', value: 'a', college: 'pros' }), 403, 'X-Live-Token');
    await expectError(await vote(live, cards[0]!, { questionId: 'q1', value: 'a', college: 'usagers' }), 400, 'college');
    expect((await vote(live, cards[0]!, { questionId: 'q1', value: 'a' })).status).toBe(201);
    // The card's holder learns its college, never its vote.
    const mine = (await (await state(live, cards[0]!)).json()) as LiveParticipantState;
    expect(mine.college).toBe('pros');
    expect(mine).not.toHaveProperty('mine');
  });
});
