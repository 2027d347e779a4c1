import { evictDurableObject, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LiveParticipantState, LiveQuestionView, LiveServerMessage, LiveSessionAdmin } from '../../schema/live.ts';
import type { LiveSession } from '../../worker/live/live-session.ts';
import { call, type ErrorBody } from './helpers.ts';
import { admin, control, liveSession, newToken, vote, type Live } from './live-helpers.ts';

const stubOf = (live: Live) => env.LIVE_SESSION.get(env.LIVE_SESSION.idFromName(live.id));

type Socket = { ws: WebSocket; messages: LiveServerMessage[]; next: (test: (m: LiveServerMessage) => boolean, ms?: number) => Promise<LiveServerMessage> };

async function connect(path: string, headers: Record<string, string> = {}): Promise<Socket> {
  const response = await call(path, { headers: { Upgrade: 'websocket', ...headers } });
  if (response.status !== 101) throw new Error(`no upgrade ${response.status}: ${await response.text()}`);
  const ws = response.webSocket!;
  const messages: LiveServerMessage[] = [];
  ws.addEventListener('message', (event) => {
    messages.push(JSON.parse(event.data as string) as LiveServerMessage);
  });
  ws.accept();
  const next = async (test: (m: LiveServerMessage) => boolean, ms = 2000) => {
    const until = Date.now() + ms;
    for (;;) {
      const found = messages.find(test);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return found;
      }
      if (Date.now() > until) throw new Error(`no such message; got ${JSON.stringify(messages).slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { ws, messages, next };
}

const isState = (m: LiveServerMessage) => m.type === 'state';
const questionWith = (id: string, voters: number) => (m: LiveServerMessage) =>
  m.type === 'question' && m.view.question.id === id && m.view.tally?.voters === voters;

describe('live sessions: WebSockets', () => {
  it('a phone gets the state on connecting, answers pings, and a tally only once revealed', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    const phone = await connect(`/api/live/${live.id}/socket?token=${newToken()}`);
    const first = (await phone.next(isState)) as Extract<LiveServerMessage, { type: 'state' }>;
    const state = first.state as LiveParticipantState;
    expect(state.session.code).toBe(live.code);
    expect(state.current?.question.id).toBe('q1');
    phone.ws.send('{"type":"ping"}');
    await phone.next((m) => m.type === 'pong');

    for (let i = 0; i < 3; i++) await vote(live, newToken(), { questionId: 'q1', value: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(phone.messages)).not.toContain('"tally"');

    await control(live, 'q1', 'reveal');
    const revealed = (await phone.next((m) => m.type === 'state' && !!(m.state as LiveParticipantState).current?.revealed)) as Extract<
      LiveServerMessage,
      { type: 'state' }
    >;
    expect((revealed.state as LiveParticipantState).current?.tally).toMatchObject({ voters: 3 });
    for (let i = 0; i < 3; i++) await vote(live, newToken(), { questionId: 'q1', value: 'b' });
    const moved = (await phone.next(questionWith('q1', 6))) as Extract<LiveServerMessage, { type: 'question' }>;
    expect(moved.view.tally).toMatchObject({
      bars: [
        { key: 'a', value: 3 },
        { key: 'b', value: 3 },
        { key: 'c', value: 0 },
      ],
    });
    phone.ws.close(1000);
  });

  it('the console gets the admin state, then each k-step release of the tally (coalesced), and the connected count', async () => {
    const live = await liveSession();
    await control(live, 'q2', 'open');
    const console_ = await connect(`${live.base}/socket`, live.owner.headers);
    const initial = (await console_.next(isState)) as Extract<LiveServerMessage, { type: 'state' }>;
    expect((initial.state as LiveSessionAdmin).joinUrl).toBe(`https://pouls.example/live/${live.code}`);
    const phone = await connect(`/api/live/${live.id}/socket`);
    const counted = (await console_.next((m) => m.type === 'state' && (m.state as LiveSessionAdmin).connected === 1)) as Extract<
      LiveServerMessage,
      { type: 'state' }
    >;
    expect((counted.state as LiveSessionAdmin).connected).toBe(1);
    await Promise.all([1, 2, 3, 4, 5, 5].map((value) => vote(live, newToken(), { questionId: 'q2', value })));
    const update = (await console_.next(questionWith('q2', 6))) as { view: LiveQuestionView };
    expect(update.view.tally).toMatchObject({ voters: 6, mean: 3.33 });
    // Six votes arriving together: coalesced, not one message per vote.
    expect(console_.messages.filter((m) => m.type === 'question').length).toBeLessThanOrEqual(1);
    phone.ws.close(1000);
    console_.ws.close(1000);
  });

  it('the projector sees tallies only once revealed', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    for (let i = 0; i < 3; i++) await vote(live, newToken(), { questionId: 'q1', value: 'a' });
    const projector = await connect(`${live.base}/socket?view=projector`, live.owner.headers);
    const state = (await projector.next(isState)) as Extract<LiveServerMessage, { type: 'state' }>;
    expect((state.state as LiveParticipantState).current).not.toHaveProperty('tally');
    projector.ws.close(1000);
  });

  it('refuses a plain GET, another site’s page, and anonymous or outside organisers', async () => {
    const live = await liveSession();
    const plain = await call(`/api/live/${live.id}/socket`);
    expect(plain.status).toBe(426);
    expect(((await plain.json()) as ErrorBody).errors[0]?.path).toBe('Upgrade');
    const foreign = await call(`${live.base}/socket`, { headers: { ...live.owner.headers, Upgrade: 'websocket', Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect((await call(`${live.base}/socket`, { headers: { Upgrade: 'websocket' } })).status).toBe(401);
    const badToken = await call(`/api/live/${live.id}/socket?token=x`, { headers: { Upgrade: 'websocket' } });
    expect(badToken.status).toBe(400);
    expect((await call(`/api/live/${crypto.randomUUID()}/socket`, { headers: { Upgrade: 'websocket' } })).status).toBe(404);
  });
});

describe('live sessions: the Durable Object rebuilds its state from D1', () => {
  it('after eviction: votes, question states, cards and what screens were last shown all come back', async () => {
    const live = await liveSession(); // k = 3
    await control(live, 'q1', 'open');
    const tokens = [newToken(), newToken(), newToken(), newToken()];
    for (const t of tokens.slice(0, 3)) await vote(live, t, { questionId: 'q1', value: 'a' });
    await vote(live, tokens[3]!, { questionId: 'q1', value: 'b' }); // pending: not shown yet
    expect((await admin(live)).questions[0]!.tally).toMatchObject({ voters: 3 });

    const stub = stubOf(live);
    await evictDurableObject(stub);
    expect(await runInDurableObject(stub, (instance: LiveSession) => instance.loadedModel())).toBeNull();

    const after = (await admin(live)).questions[0]!;
    expect(after).toMatchObject({ state: 'open', round: 1, tally: { voters: 3 } }); // not 4: the release rule survives
    expect(await runInDurableObject(stub, (instance: LiveSession) => instance.loadedModel()?.runtime('q1')?.votes.size)).toBe(4);
    // A change from a device seen before eviction replaces its vote.
    expect(await (await vote(live, tokens[0]!, { questionId: 'q1', value: 'c' })).json()).toEqual({ status: 'stored', changed: true });
    // The changes not released before the eviction are not counted again: two more distinct devices are needed.
    await control(live, 'q1', 'lock');
    expect((await admin(live)).questions[0]!.tally).toEqual({
      suppressed: false,
      voters: 3,
      bars: [
        { key: 'a', value: 3 },
        { key: 'b', value: 0 },
        { key: 'c', value: 0 },
      ],
    });
    await control(live, 'q1', 'open');
    for (const t of [tokens[1]!, newToken()]) await vote(live, t, { questionId: 'q1', value: 'c' });
    expect((await admin(live)).questions[0]!.tally).toEqual({
      suppressed: false,
      voters: 5,
      bars: [
        { key: 'a', value: 1 },
        { key: 'b', value: 1 },
        { key: 'c', value: 3 },
      ],
    });
  });

  it('hibernated sockets still get broadcasts after the object restarts', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    await control(live, 'q1', 'reveal');
    const phone = await connect(`/api/live/${live.id}/socket`);
    await phone.next(isState);
    await evictDurableObject(stubOf(live));
    for (let i = 0; i < 3; i++) await vote(live, newToken(), { questionId: 'q1', value: 'b' });
    await phone.next(questionWith('q1', 3));
    phone.ws.close(1000);
  });
});
