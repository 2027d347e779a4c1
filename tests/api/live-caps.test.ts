/**
 * Issue 10, live: what one participant, or one address, can take of a session — ideas and upvotes per
 * device, ideas per question (hidden ones no longer count), expected participants, cards per session,
 * unknown session ids — and that the session's object keeps a bounded memory per device.
 */
import { evictDurableObject, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MAX_IDEAS_PER_DEVICE, MAX_LIVE_CARDS, MAX_UPVOTES_PER_DEVICE } from '../../schema/live.ts';
import type { LiveSession } from '../../worker/live/live-session.ts';
import worker from '../../worker/index.ts';
import { call, postJson, type ErrorBody } from './helpers.ts';
import { admin, control, definition, liveSession, newToken, vote, type Live } from './live-helpers.ts';

const stubOf = (live: Live) => env.LIVE_SESSION.get(env.LIVE_SESSION.idFromName(live.id));
const propose = (live: Live, token: string, text: string, headers: Record<string, string> = {}) =>
  postJson(`/api/live/${live.id}/ideas`, { questionId: 'q4', text }, { 'X-Live-Token': token, ...headers });
const ideasOf = async (live: Live) => (await admin(live)).questions.find((q) => q.question.id === 'q4')!.ideas!;

async function expectError(response: Response, status: number, path: string, message?: string) {
  const text = await response.clone().text();
  expect(response.status, text).toBe(status);
  const body = (await response.json()) as ErrorBody;
  expect(body.errors[0]?.path, text).toBe(path);
  if (message) expect(body.errors[0]?.message).toBe(message);
}

describe('live caps: ideas and upvotes', () => {
  it('one device proposes a few ideas per question; hidden or declined ideas leave room for others', async () => {
    const live = await liveSession();
    await control(live, 'q4', 'open');
    const spammer = newToken();
    for (let i = 0; i < MAX_IDEAS_PER_DEVICE; i++) expect((await propose(live, spammer, `Idée ${i}`)).status).toBe(201);
    await expectError(
      await propose(live, spammer, 'Encore une'),
      409,
      'questionId',
      `${MAX_IDEAS_PER_DEVICE} idées au plus par participant sur cette question`,
    );
    await expectError(
      await propose(live, spammer, 'Once more', { 'Accept-Language': 'en' }),
      409,
      'questionId',
      `At most ${MAX_IDEAS_PER_DEVICE} ideas per participant on this question`,
    );
    // Kept across a restart of the session's object.
    await evictDurableObject(stubOf(live));
    await expectError(await propose(live, spammer, 'Après redémarrage'), 409, 'questionId');
    expect((await propose(live, newToken(), 'Une vraie idée')).status).toBe(201);
  });

  it('a question’s 500 ideas count pending and approved ones only: hiding spam makes room again', { timeout: 60_000 }, async () => {
    const live = await liveSession();
    await control(live, 'q4', 'open');
    const devices = Array.from({ length: 500 / MAX_IDEAS_PER_DEVICE }, newToken);
    for (let from = 0; from < devices.length; from += 25) {
      const sent = await Promise.all(
        devices
          .slice(from, from + 25)
          .flatMap((device, d) => Array.from({ length: MAX_IDEAS_PER_DEVICE }, (_, i) => propose(live, device, `Idée ${from + d}-${i}`))),
      );
      expect(sent.map((r) => r.status).every((s) => s === 201)).toBe(true);
    }
    await expectError(await propose(live, newToken(), 'Une de trop'), 409, 'questionId', 'Assez d’idées pour cette question');
    const [spam] = await ideasOf(live);
    expect((await postJson(`${live.base}/ideas/${spam!.id}/moderate`, { action: 'hide' }, live.owner.headers)).status).toBe(200);
    expect((await propose(live, newToken(), 'Enfin une place')).status).toBe(201);
  });

  it('one device upvotes a bounded number of ideas per question; taking an upvote back frees one', async () => {
    const live = await liveSession();
    await control(live, 'q4', 'open');
    const authors = Array.from({ length: Math.ceil((MAX_UPVOTES_PER_DEVICE + 1) / MAX_IDEAS_PER_DEVICE) }, newToken);
    for (const [a, author] of authors.entries()) for (let i = 0; i < MAX_IDEAS_PER_DEVICE; i++) await propose(live, author, `Idée ${a}-${i}`);
    const ideas = (await ideasOf(live)).slice(0, MAX_UPVOTES_PER_DEVICE + 1);
    for (const idea of ideas) await postJson(`${live.base}/ideas/${idea.id}/moderate`, { action: 'approve' }, live.owner.headers);
    const fan = newToken();
    const upvote = (id: string, on = true, headers: Record<string, string> = {}) => vote(live, fan, { questionId: 'q4', value: { upvote: id, on } }, headers);
    for (const idea of ideas.slice(0, MAX_UPVOTES_PER_DEVICE)) expect((await upvote(idea.id)).status).toBe(201);
    await expectError(await upvote(ideas.at(-1)!.id), 409, 'value.upvote', `Vous soutenez déjà ${MAX_UPVOTES_PER_DEVICE} idées sur cette question`);
    await expectError(
      await upvote(ideas.at(-1)!.id, true, { 'Accept-Language': 'en' }),
      409,
      'value.upvote',
      `You already upvote ${MAX_UPVOTES_PER_DEVICE} ideas on this question`,
    );
    // A retry of an upvote already on is not a new one.
    expect((await upvote(ideas[0]!.id)).status).toBe(201);
    expect((await upvote(ideas[0]!.id, false)).status).toBe(201);
    expect((await upvote(ideas.at(-1)!.id)).status).toBe(201);
  });
});

describe('live caps: devices and cards', () => {
  it('with expected participants, devices beyond them are refused (403, fr/en); those already in go on, also after a restart', async () => {
    const live = await liveSession(definition({ settings: { k: 3, expectedParticipants: 3 } }));
    await control(live, 'q1', 'open');
    const room = [newToken(), newToken(), newToken()];
    for (const t of room) expect((await vote(live, t, { questionId: 'q1', value: 'a' })).status).toBe(201);
    await expectError(
      await vote(live, newToken(), { questionId: 'q1', value: 'b' }),
      403,
      'X-Live-Token',
      'L’atelier est complet : 3 participants attendus, tous déjà là',
    );
    await expectError(
      await vote(live, newToken(), { questionId: 'q1', value: 'b' }, { 'Accept-Language': 'en' }),
      403,
      'X-Live-Token',
      'The workshop is full: 3 participants expected, all already here',
    );
    await control(live, 'q4', 'open');
    await expectError(await propose(live, newToken(), 'Une idée'), 403, 'X-Live-Token');
    await evictDurableObject(stubOf(live));
    await expectError(await vote(live, newToken(), { questionId: 'q1', value: 'b' }), 403, 'X-Live-Token');
    expect((await vote(live, room[0]!, { questionId: 'q1', value: 'c' })).status).toBe(201);
    expect((await propose(live, room[1]!, 'Une idée')).status).toBe(201);
    // The console sets it like any setting (the form sends it), and it can grow during the session.
    const raised = await postJson(live.base, definition({ settings: { k: 3, expectedParticipants: 4 } }), live.owner.headers, 'PUT');
    expect(raised.status, await raised.clone().text()).toBe(200);
    expect((await vote(live, newToken(), { questionId: 'q1', value: 'b' })).status).toBe(201);
    await expectError(
      await postJson(live.base, definition({ settings: { k: 3, expectedParticipants: 0 } }), live.owner.headers, 'PUT'),
      422,
      'settings.expectedParticipants',
    );
  });

  it('a full session refuses new devices before they take any memory in its object', async () => {
    const live = await liveSession(definition({ settings: { k: 3, expectedParticipants: 2 } }));
    await control(live, 'q1', 'open');
    for (let i = 0; i < 2; i++) await vote(live, newToken(), { questionId: 'q1', value: 'a' });
    const refused = await Promise.all(Array.from({ length: 200 }, () => vote(live, newToken(), { questionId: 'q1', value: 'a' })));
    expect(refused.every((r) => r.status === 403)).toBe(true);
    const memory = await runInDurableObject(stubOf(live), (instance: LiveSession) => instance.deviceMemory());
    expect(memory).toEqual({ admitted: 2, paced: 2, registered: 2 });
  });

  it('cards have a cap per session, whatever the number of requests', { timeout: 30_000 }, async () => {
    const live = await liveSession();
    expect((await postJson(`${live.base}/cards`, { count: MAX_LIVE_CARDS - 1 }, live.owner.headers)).status).toBe(201);
    await expectError(
      await postJson(`${live.base}/cards`, { count: 2 }, live.owner.headers),
      409,
      'count',
      `Au plus ${MAX_LIVE_CARDS} cartes par atelier : il en reste 1 à créer`,
    );
    await expectError(
      await postJson(`${live.base}/cards`, { count: 2 }, { ...live.owner.headers, 'Accept-Language': 'en' }),
      409,
      'count',
      `At most ${MAX_LIVE_CARDS} cards per workshop: 1 left to make`,
    );
    expect((await postJson(`${live.base}/cards`, { count: 1 }, live.owner.headers)).status).toBe(201);
    await expectError(await postJson(`${live.base}/cards`, { count: 1 }, live.owner.headers), 409, 'count');
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM live_cards WHERE session_id = ?').bind(live.id).first<{ n: number }>();
    expect(stored?.n).toBe(MAX_LIVE_CARDS);
  });
});

describe('live caps: unknown sessions', () => {
  /** The worker with D1 and the Durable Object namespace watched (and the limiter replaced when asked). */
  function watched(limit = true) {
    const seen = { d1: 0, objects: 0 };
    const DB = new Proxy(env.DB, {
      get(target, key) {
        if (key === 'prepare' || key === 'batch') seen.d1++;
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const LIVE_SESSION = new Proxy(env.LIVE_SESSION, {
      get(target, key) {
        if (key === 'get' || key === 'idFromName') seen.objects++;
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const LIVE_ADDRESS_LIMITER = limit ? env.LIVE_ADDRESS_LIMITER : { limit: async () => ({ success: false }) };
    const fetch = (path: string, init: RequestInit = {}) =>
      worker.fetch(new Request(`https://pouls.example${path}`, init), { ...env, DB, LIVE_SESSION, LIVE_ADDRESS_LIMITER }, {
        waitUntil() {},
        passThroughOnException() {},
        props: {},
      } as unknown as ExecutionContext);
    return { seen, fetch };
  }

  it('an id that is not a session’s shape is refused without reading D1 or waking an object', async () => {
    const { seen, fetch } = watched();
    for (const path of ['/api/live/not-a-session/state', '/api/live/12345/votes', '/api/live/ZZZZ-0000/socket']) {
      const response = await fetch(path, {
        method: path.endsWith('votes') ? 'POST' : 'GET',
        headers: { 'X-Live-Token': newToken(), 'Content-Type': 'application/json' },
        body: path.endsWith('votes') ? '{}' : null,
      });
      expect(response.status).toBe(404);
    }
    expect(seen).toEqual({ d1: 0, objects: 0 });
  });

  it('an unknown well-formed id costs one D1 row, never an object; past the per-address limit, not even that', async () => {
    const open = watched();
    const response = await open.fetch(`/api/live/${crypto.randomUUID()}/state`, {
      headers: { 'X-Live-Token': newToken(), 'CF-Connecting-IP': '203.0.113.40' },
    });
    await expectError(response, 404, 'sessionId');
    expect(open.seen).toEqual({ d1: 1, objects: 0 });
    const limited = watched(false);
    const refused = await limited.fetch(`/api/live/${crypto.randomUUID()}/votes`, {
      method: 'POST',
      headers: { 'X-Live-Token': newToken(), 'Content-Type': 'application/json', 'CF-Connecting-IP': '203.0.113.41', 'Accept-Language': 'en' },
      body: JSON.stringify({ questionId: 'q1', value: 'a' }),
    });
    await expectError(refused, 429, '$', 'Too many unknown sessions asked for: retry in a minute');
    expect(refused.headers.get('Retry-After')).toBe('60');
    expect(limited.seen).toEqual({ d1: 0, objects: 0 });
  });

  it('a session met once (its join, its creation) is not looked up again', async () => {
    const live = await liveSession();
    expect((await call(`/api/live/join/${live.code}`)).status).toBe(200);
    const { seen, fetch } = watched(false); // the limiter would refuse: it is not asked
    expect((await fetch(`/api/live/${live.id}/state`, { headers: { 'X-Live-Token': newToken() } })).status).toBe(200);
    expect(seen.d1).toBe(0);
    expect(seen.objects).toBeGreaterThan(0);
  });
});
