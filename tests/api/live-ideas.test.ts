import { describe, expect, it } from 'vitest';
import type { LiveParticipantState } from '../../schema/live.ts';
import { postJson } from './helpers.ts';
import { control, expectError, liveSession, newToken, state, viewOf, vote } from './live-helpers.ts';

describe('live sessions: ideas', () => {
  it('proposed ideas wait for approval; upvotes are set on or off (a retry changes nothing) and stay null under k', async () => {
    const live = await liveSession();
    await control(live, 'q4', 'open');
    const t = newToken();
    const proposed = await postJson(`/api/live/${live.id}/ideas`, { questionId: 'q4', text: '  Un café le matin ' }, { 'X-Live-Token': t });
    expect(proposed.status).toBe(201);
    expect(await proposed.json()).toEqual({ status: 'pending' });
    await expectError(await postJson(`/api/live/${live.id}/ideas`, { questionId: 'q4', text: 'ab' }, { 'X-Live-Token': t }), 400, 'text');
    await expectError(await postJson(`/api/live/${live.id}/ideas`, { questionId: 'q1', text: 'Une idée' }, { 'X-Live-Token': t }), 409, 'questionId');
    const pending = (await viewOf(live, 'q4')).ideas!;
    expect(pending).toEqual([{ id: expect.any(String), text: 'Un café le matin', status: 'pending', upvotes: null }]);
    const before = (await (await state(live, t)).json()) as LiveParticipantState;
    expect(before.current?.ideas).toEqual([]);
    await expectError(await vote(live, t, { questionId: 'q4', value: { upvote: pending[0]!.id, on: true } }), 400, 'value.upvote');
    const approved = await postJson(`${live.base}/ideas/${pending[0]!.id}/moderate`, { action: 'approve' }, live.owner.headers);
    expect(approved.status).toBe(200);
    await expectError(await postJson(`${live.base}/ideas/nope/moderate`, { action: 'approve' }, live.owner.headers), 404, 'ideaId');
    const voters = [t, newToken(), newToken()];
    for (const voter of voters)
      expect(await (await vote(live, voter, { questionId: 'q4', value: { upvote: pending[0]!.id, on: true } })).json()).toEqual({
        status: 'stored',
        changed: false,
      });
    // The first device's acknowledgement was lost: its retry leaves the count as it is.
    expect(await (await vote(live, t, { questionId: 'q4', value: { upvote: pending[0]!.id, on: true } })).json()).toEqual({ status: 'stored', changed: false });
    expect((await viewOf(live, 'q4')).ideas![0]!.upvotes).toBe(3);
    await expectError(await vote(live, t, { questionId: 'q4', value: { upvote: pending[0]!.id } }), 400, 'value');
    expect((await (await state(live, t)).json()) as LiveParticipantState).not.toHaveProperty('mine');
    // Taking the upvote back, twice (a retry): 2 is under k.
    for (let i = 0; i < 2; i++)
      expect(await (await vote(live, t, { questionId: 'q4', value: { upvote: pending[0]!.id, on: false } })).json()).toEqual({
        status: 'stored',
        changed: i === 0,
      });
    expect((await viewOf(live, 'q4')).ideas![0]!.upvotes).toBeNull();
  });
});
