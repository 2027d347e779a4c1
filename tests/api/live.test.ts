import { describe, expect, it } from 'vitest';
import type { LiveParticipantState } from '../../schema/live.ts';
import { call, type ErrorBody } from './helpers.ts';
import { admin, control, definition, liveSession, newToken, state, vote } from './live-helpers.ts';

describe('live sessions: votes', () => {
  it('one vote per token and question: a change replaces, a retry counts once', async () => {
    const live = await liveSession();
    expect((await control(live, 'q1', 'open')).status).toBe(200);
    const t = newToken();
    const first = await vote(live, t, { questionId: 'q1', value: 'a' });
    expect(first.status, await first.clone().text()).toBe(201);
    expect(await first.json()).toEqual({ status: 'stored', changed: false });
    const retry = await vote(live, t, { questionId: 'q1', value: 'a' });
    expect(await retry.json()).toEqual({ status: 'stored', changed: false });
    const change = await vote(live, t, { questionId: 'q1', value: 'b' });
    expect(await change.json()).toEqual({ status: 'stored', changed: true });
    for (let i = 0; i < 2; i++) await vote(live, newToken(), { questionId: 'q1', value: 'a' });
    expect((await control(live, 'q1', 'lock')).status).toBe(200);
    const view = (await admin(live)).questions.find((q) => q.question.id === 'q1')!;
    expect(view.tally).toEqual({ suppressed: false, voters: 3, bars: [{ key: 'a', value: 2 }, { key: 'b', value: 1 }, { key: 'c', value: 0 }] });
    const mine = (await (await state(live, t)).json()) as LiveParticipantState;
    expect(mine.mine).toEqual({ q1: 'b' });
  });
});
