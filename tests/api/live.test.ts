import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LiveParticipantState, LiveSessionAdmin } from '../../schema/live.ts';
import { demoSurvey } from '../../schema/demo.ts';
import { account, call, createSurvey, postJson, type ErrorBody } from './helpers.ts';
import { admin, COLLEGES, control, definition, expectError, fr, liveSession, newToken, state, viewOf, vote } from './live-helpers.ts';

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
    const view = await viewOf(live, 'q1');
    expect(view.tally).toEqual({
      suppressed: false,
      voters: 3,
      bars: [
        { key: 'a', value: 2 },
        { key: 'b', value: 1 },
        { key: 'c', value: 0 },
      ],
    });
    // The device's state carries no trace of its vote: the phone keeps its own.
    const mine = await (await state(live, t)).text();
    expect(mine).not.toContain('"mine"');
    expect(JSON.parse(mine)).not.toHaveProperty('college');
    // One row in D1 per device and question, nothing else about the vote (no college, no time).
    const rows = await env.DB.prepare('SELECT * FROM live_votes WHERE session_id = ? AND question_id = ?').bind(live.id, 'q1').all();
    expect(rows.results).toHaveLength(3);
    expect(Object.keys(rows.results[0]!).sort()).toEqual(['question_id', 'round', 'session_id', 'value', 'voter_hash']);
    expect(JSON.stringify(rows.results)).not.toContain(t);
  });

  it('the same vote sent twice at once is stored once', async () => {
    const live = await liveSession();
    await control(live, 'q2', 'open');
    const t = newToken();
    const replies = await Promise.all([vote(live, t, { questionId: 'q2', value: 4 }), vote(live, t, { questionId: 'q2', value: 4 })]);
    expect(replies.map((r) => r.status)).toEqual([201, 201]);
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM live_votes WHERE session_id = ?').bind(live.id).first<{ n: number }>();
    expect(count?.n).toBe(1);
  });

  it('500 devices behind one address vote within a second or two: all stored, none rate-limited', async () => {
    const live = await liveSession(definition({ settings: { k: 5 } }));
    await control(live, 'q1', 'open');
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: 500 }, (_, i) => vote(live, newToken(), { questionId: 'q1', value: ['a', 'b', 'c'][i % 3] }, { 'CF-Connecting-IP': '192.0.2.1' })),
    );
    expect(replies.filter((r) => r.status !== 201).map((r) => r.status)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
    await control(live, 'q1', 'lock');
    expect((await viewOf(live, 'q1')).tally).toEqual({
      suppressed: false,
      voters: 500,
      bars: [
        { key: 'a', value: 167 },
        { key: 'b', value: 167 },
        { key: 'c', value: 166 },
      ],
    });
  });

  it('refuses votes on a question not open, locked, or in a session not started, with a path and a message in the reader’s language', async () => {
    const live = await liveSession();
    const t = newToken();
    await expectError(await vote(live, t, { questionId: 'q1', value: 'a' }), 409, 'questionId');
    await control(live, 'q1', 'open');
    await control(live, 'q1', 'lock');
    const locked = await vote(live, t, { questionId: 'q1', value: 'a' }, { 'Accept-Language': 'en' });
    const body = (await locked.clone().json()) as ErrorBody;
    expect(body.errors[0]?.message).toBe('Votes on this question are locked');
    await expectError(locked, 409, 'questionId');
    await expectError(await vote(live, t, { questionId: 'nope', value: 'a' }), 404, 'questionId');
    const draft = await liveSession(definition(), false);
    await expectError(await vote(draft, t, { questionId: 'q1', value: 'a' }), 409, 'status');
  });

  it('every bad input is a 4xx naming the field, never a 500', async () => {
    const owner = await account('owner');
    const survey = await createSurvey({ settings: { ...demoSurvey.settings, resultsVisibility: 'public' } }, true, owner);
    const slide = (surveySlug: string) =>
      definition({ questions: [...definition().questions, { id: 'q8', label: fr('Résultats'), type: 'survey_results', surveySlug }] });
    const privateSurvey = await createSurvey({ settings: { ...demoSurvey.settings, resultsVisibility: 'private' } }, true, owner);
    const foreign = await createSurvey({ settings: { ...demoSurvey.settings, resultsVisibility: 'public' } });
    for (const slug of [privateSurvey.slug, foreign.slug, 'no-such-survey'])
      await expectError(await postJson(`/api/orgs/${owner.organisationId}/live`, slide(slug), owner.headers), 422, 'questions.7.surveySlug');
    const live = await liveSession(slide(survey.slug), true, owner);
    for (const q of ['q1', 'q2', 'q3', 'q5', 'q6', 'q7', 'q8']) await control(live, q, 'open');
    const t = newToken();
    await expectError(await vote(live, 'short', { questionId: 'q1', value: 'a' }), 400, 'X-Live-Token');
    await expectError(await postJson(`/api/live/${live.id}/votes`, { questionId: 'q1', value: 'a' }), 400, 'X-Live-Token');
    await expectError(
      await call(`/api/live/${live.id}/votes`, { method: 'POST', headers: { 'X-Live-Token': t, 'Content-Type': 'text/plain' }, body: 'a' }),
      415,
      'content-type',
    );
    await expectError(
      await call(`/api/live/${live.id}/votes`, { method: 'POST', headers: { 'X-Live-Token': t, 'Content-Type': 'application/json' }, body: '{' }),
      400,
      '$',
    );
    await expectError(await vote(live, t, { questionId: 'q1', value: 'a', extra: 1 }), 400, 'extra');
    await expectError(await vote(live, t, { questionId: 'q1', value: 'zz' }), 400, 'value');
    await expectError(await vote(live, t, { questionId: 'q1', value: true }), 400, 'value');
    await expectError(await vote(live, t, { questionId: 'q2', value: 9 }), 400, 'value');
    await expectError(await vote(live, t, { questionId: 'q3', value: ['a', 'b', 'c', 'd'] }), 400, 'value');
    await expectError(await vote(live, t, { questionId: 'q3', value: ['x'.repeat(41)] }), 400, 'value.0');
    await expectError(await vote(live, t, { questionId: 'q5', value: ['x', 'y'] }), 400, 'value');
    await expectError(await vote(live, t, { questionId: 'q6', value: { x: 6, y: 5 } }), 400, 'value');
    await expectError(await vote(live, t, { questionId: 'q7', value: ['x', 'y', 'z'] }), 400, 'value');
    await expectError(await vote(live, t, { questionId: 'q8', value: 'a' }), 409, 'questionId');
    await expectError(await vote(live, t, { questionId: 'q1', value: 'a', college: 'usagers' }), 400, 'college');
    await expectError(await vote({ ...live, id: crypto.randomUUID() }, t, { questionId: 'q1', value: 'a' }), 404, 'sessionId');
    await expectError(await vote({ ...live, id: 'not-a-session' }, t, { questionId: 'q1', value: 'a' }), 404, 'sessionId');
    await expectError(await call('/api/live/join/0OIL11'), 400, 'code');
    await expectError(await call('/api/live/join/ZZZZZZ'), 404, 'code');
    await expectError(await call(`/api/live/${live.id}/state`), 400, 'X-Live-Token');
  });
});

describe('live sessions: k and what each screen sees', () => {
  it('fewer than k voters: suppressed; the tally moves only once k distinct devices changed; locking keeps the last release', async () => {
    const live = await liveSession(); // k = 3
    await control(live, 'q1', 'open');
    const [t1, t2, t3, t4] = [newToken(), newToken(), newToken(), newToken()];
    await vote(live, t1, { questionId: 'q1', value: 'a' });
    await vote(live, t2, { questionId: 'q1', value: 'a' });
    expect((await viewOf(live, 'q1')).tally).toEqual({ suppressed: true, voters: null });
    await vote(live, t3, { questionId: 'q1', value: 'b' });
    expect((await viewOf(live, 'q1')).tally).toMatchObject({
      voters: 3,
      bars: [
        { key: 'a', value: 2 },
        { key: 'b', value: 1 },
        { key: 'c', value: 0 },
      ],
    });
    await vote(live, t4, { questionId: 'q1', value: 'c' });
    await vote(live, t1, { questionId: 'q1', value: 'c' });
    await vote(live, t1, { questionId: 'q1', value: 'c' }); // a retry: not a change
    expect((await viewOf(live, 'q1')).tally).toMatchObject({
      voters: 3,
      bars: [
        { key: 'a', value: 2 },
        { key: 'b', value: 1 },
        { key: 'c', value: 0 },
      ],
    });
    await vote(live, t2, { questionId: 'q1', value: 'b' });
    expect((await viewOf(live, 'q1')).tally).toMatchObject({
      voters: 4,
      bars: [
        { key: 'a', value: 0 },
        { key: 'b', value: 2 },
        { key: 'c', value: 2 },
      ],
    });
    await vote(live, t3, { questionId: 'q1', value: 'a' });
    // One change since the last release: locking shows that release, not the change.
    await control(live, 'q1', 'lock');
    expect((await viewOf(live, 'q1')).tally).toMatchObject({
      voters: 4,
      bars: [
        { key: 'a', value: 0 },
        { key: 'b', value: 2 },
        { key: 'c', value: 2 },
      ],
    });
  });

  it('participants and the join page never get the tally of a question not revealed', async () => {
    const live = await liveSession();
    await control(live, 'q2', 'open');
    for (const value of [1, 2, 3, 4]) await vote(live, newToken(), { questionId: 'q2', value });
    await control(live, 'q2', 'lock');
    const t = newToken();
    const hidden = (await (await state(live, t)).json()) as LiveParticipantState;
    expect(hidden.current?.question.id).toBe('q2');
    expect(hidden.current).not.toHaveProperty('tally');
    const joined = (await (await call(`/api/live/join/${live.code.toLowerCase()}`)).json()) as LiveParticipantState;
    expect(joined.session.id).toBe(live.id);
    expect(joined.current).not.toHaveProperty('tally');
    expect(JSON.stringify(joined)).not.toContain('"mean"');
    await control(live, 'q2', 'reveal');
    const shown = (await (await state(live, t)).json()) as LiveParticipantState;
    // The fourth vote came after the last release (3 voters): locked, it stays out.
    expect(shown.current?.tally).toMatchObject({ voters: 3, mean: 2 });
    await control(live, 'q2', 'hide');
    expect(((await (await state(live, t)).json()) as LiveParticipantState).current).not.toHaveProperty('tally');
  });

  it('words: only words given by k people or more', async () => {
    const live = await liveSession();
    await control(live, 'q3', 'open');
    await vote(live, newToken(), { questionId: 'q3', value: ['Épuisement', 'café'] });
    await vote(live, newToken(), { questionId: 'q3', value: ['épuisements'] });
    await vote(live, newToken(), { questionId: 'q3', value: ['EPUISEMENT', 'solitude'] });
    await control(live, 'q3', 'close');
    // « café » and « solitude » wait, given by two people (fewer than k): how many wait is not told.
    expect((await viewOf(live, 'q3')).tally).toEqual({
      suppressed: false,
      voters: 3,
      bars: [{ key: 'epuisement', label: 'épuisement', value: 3 }],
      waitingWords: null,
    });
  });

  it('reset starts a new round: earlier votes no longer count, the device can vote again', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    const t = newToken();
    for (const token of [t, newToken(), newToken()]) await vote(live, token, { questionId: 'q1', value: 'a' });
    await control(live, 'q1', 'reset');
    const view = await viewOf(live, 'q1');
    expect(view).toMatchObject({ state: 'idle', round: 2, tally: { suppressed: true } });
    await control(live, 'q1', 'open');
    expect(await (await vote(live, t, { questionId: 'q1', value: 'b' })).json()).toEqual({ status: 'stored', changed: false });
  });
});

describe('live sessions: organiser routes', () => {
  it('creates with a 6-character join code; lists; refuses an unsound definition', async () => {
    const owner = await account('editor');
    const live = await liveSession(definition(), false, owner);
    expect(live.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const list = (await (await call(`/api/orgs/${owner.organisationId}/live`, { headers: owner.headers })).json()) as {
      sessions: { id: string; questions: number }[];
    };
    expect(list.sessions).toEqual([expect.objectContaining({ id: live.id, questions: 7, status: 'draft' })]);
    const state = await admin(live);
    expect(state.joinUrl).toBe(`https://pouls.example/live/${live.code}`);
    expect(state.questions[0]).toMatchObject({ state: 'idle', revealed: false, round: 1 });
    const dup = definition({ questions: [definition().questions[0]!, definition().questions[0]!] });
    await expectError(await postJson(`/api/orgs/${owner.organisationId}/live`, dup, owner.headers), 422, 'questions.1.id');
    await expectError(await postJson(`/api/orgs/${owner.organisationId}/live`, { title: fr('x') }, owner.headers), 422, 'questions');
  });

  it('edits: anything while a draft; once started, only questions never opened; If-Match guards concurrent edits', async () => {
    const live = await liveSession(definition(), false);
    const put = (body: unknown, headers: Record<string, string> = {}) => postJson(live.base, body, { ...live.owner.headers, ...headers }, 'PUT');
    const renamed = await put(definition({ title: fr('Atelier renommé') }), { 'If-Match': '"1"' });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    expect(((await renamed.json()) as LiveSessionAdmin).version).toBe(2);
    await expectError(await put(definition(), { 'If-Match': '"1"' }), 412, 'If-Match');
    await expectError(await put(definition(), { 'If-Match': 'abc' }), 400, 'If-Match');
    await call(`${live.base}/start`, { method: 'POST', headers: live.owner.headers });
    await control(live, 'q1', 'open');
    const questions = definition().questions;
    const changedAsked = { ...questions[0]!, label: fr('Autre') };
    await expectError(await put(definition({ questions: [changedAsked, ...questions.slice(1)] })), 409, 'questions');
    await expectError(await put(definition({ settings: { k: 4 } })), 409, 'settings');
    const edited = await put(definition({ questions: [questions[0]!, { ...questions[1]!, label: fr('Humeur du jour') }] }));
    expect(edited.status, await edited.clone().text()).toBe(200);
    expect(((await edited.json()) as LiveSessionAdmin).questions).toHaveLength(2);
  });

  it('start, end and reopen; ending closes open questions; controls refuse impossible moves', async () => {
    const live = await liveSession(definition(), false);
    await expectError(await control(live, 'q1', 'open'), 409, 'action');
    await expectError(await call(`${live.base}/end`, { method: 'POST', headers: live.owner.headers }), 409, 'status');
    await call(`${live.base}/start`, { method: 'POST', headers: live.owner.headers });
    await expectError(await control(live, 'q1', 'lock'), 409, 'action');
    await expectError(await control(live, 'q1', 'close'), 409, 'action');
    await expectError(await control(live, 'nope', 'open'), 404, 'questionId');
    await expectError(await postJson(`${live.base}/questions/q1/control`, { action: 'explode' }, live.owner.headers), 400, 'action');
    await control(live, 'q1', 'open');
    const ended = (await (await call(`${live.base}/end`, { method: 'POST', headers: live.owner.headers })).json()) as LiveSessionAdmin;
    expect(ended.status).toBe('closed');
    expect(ended.questions[0]!.state).toBe('closed');
    const reopened = (await (await call(`${live.base}/start`, { method: 'POST', headers: live.owner.headers })).json()) as LiveSessionAdmin;
    expect(reopened.status).toBe('open');
  });

  it('another organisation’s session is not found, even for an owner', async () => {
    const live = await liveSession();
    const outsider = await account('owner');
    await expectError(await call(`/api/orgs/${outsider.organisationId}/live/${live.id}`, { headers: outsider.headers }), 404, 'sessionId');
  });

  it('the QR code points to /live/:code; the CSV export has k applied', async () => {
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES } }));
    const qr = await call(`${live.base}/qr.svg`, { headers: live.owner.headers });
    expect(qr.status).toBe(200);
    expect(qr.headers.get('Content-Type')).toContain('image/svg+xml');
    expect(await qr.text()).toContain(`https://pouls.example/live/${live.code}`);
    await control(live, 'q1', 'open');
    // Usagers shown at the first release; two more usagers and a professional make the second, where
    // the usagers' figures stay those of the first (two of them changed since: fewer than k).
    for (const college of ['usagers', 'usagers', 'usagers', 'pros', 'usagers', 'usagers'])
      await vote(live, newToken(), { questionId: 'q1', value: 'a', college });
    await control(live, 'q1', 'close');
    const csv = await call(`${live.base}/export.csv?lang=en`, { headers: live.owner.headers });
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(`Workshop: Atelier CPTS (code ${live.code}).`);
    expect(lines).toContain('question;label;type;college;key;text;value;unit;mean rank;voters;mean;note');
    expect(lines).toContain('q1;Priorité ?;single;all;a;A;6;votes;;6;;');
    expect(lines).toContain('q1;Priorité ?;single;Usagers;a;A;3;votes;;3;;figures of the previous release (fresh ones would describe fewer than k people)');
    expect(lines).toContain('q1;Priorité ?;single;Professionnels;;;;;;;;fewer than 3 voters: figures hidden');
    expect(lines).toContain('q1;Priorité ?;single;weighted vote by college;;;;;;;;not shown: a college has fewer than k voters');
    expect(text).not.toMatch(/Professionnels;a;|college_under_k/);
  });
});

describe('live sessions: pages and cross-site requests', () => {
  it('/live and /live/:code are pages, not API errors', async () => {
    for (const path of ['/live', '/live/ABCDEF']) {
      const response = await call(path);
      expect(response.headers.get('Content-Type') ?? '').not.toContain('application/json');
    }
  });

  it('a same-origin vote passes the CSRF check; a cross-site one does not', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    expect((await vote(live, newToken(), { questionId: 'q1', value: 'a' }, { 'Sec-Fetch-Site': 'same-origin', Origin: 'https://pouls.example' })).status).toBe(
      201,
    );
    await expectError(
      await vote(live, newToken(), { questionId: 'q1', value: 'a' }, { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }),
      403,
      'origin',
    );
  });

  it('the CSP lets pages open a WebSocket to their own origin', async () => {
    const csp = (await call('/live')).headers.get('Content-Security-Policy') ?? '';
    expect(csp).toMatch(/connect-src 'self' wss:\/\/pouls\.example/);
  });
});

describe('live sessions: rate limit', () => {
  it('one device flooding a session is limited (per session and token, by the session’s object; not per address)', async () => {
    const live = await liveSession();
    await control(live, 'q2', 'open');
    const t = newToken();
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await vote(live, t, { questionId: 'q2', value: 1 + (i % 5) })).status);
    expect(statuses.slice(0, 120).every((s) => s === 201)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const limited = await vote(live, t, { questionId: 'q2', value: 2 }, { 'Accept-Language': 'en' });
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(((await limited.json()) as ErrorBody).errors[0]).toEqual({ path: '$', message: 'Too many votes from this device: retry in a minute' });
    expect((await postJson(`/api/live/${live.id}/ideas`, { questionId: 'q4', text: 'Une idée' }, { 'X-Live-Token': t })).status).toBe(429);
    // Another device behind the same address still votes.
    expect((await vote(live, newToken(), { questionId: 'q2', value: 3 })).status).toBe(201);
  });

  it('one address inventing tokens is limited (1000 new devices a minute); devices already met keep voting, other addresses too', async () => {
    const live = await liveSession();
    await control(live, 'q2', 'open');
    const address = { 'CF-Connecting-IP': '198.51.100.7' };
    const met = newToken();
    expect((await vote(live, met, { questionId: 'q2', value: 1 }, address)).status).toBe(201);
    for (let sent = 1; sent < 1000; sent += 111) {
      const batch = Array.from({ length: Math.min(111, 1000 - sent) }, () => vote(live, newToken(), { questionId: 'q2', value: 3 }, address));
      expect((await Promise.all(batch)).map((r) => r.status).every((s) => s === 201)).toBe(true);
    }
    const limited = await vote(live, newToken(), { questionId: 'q2', value: 3 }, { ...address, 'Accept-Language': 'en' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('60');
    expect(((await limited.json()) as ErrorBody).errors[0]?.message).toBe('Too many new devices from this network: retry in a minute');
    expect((await postJson(`/api/live/${live.id}/ideas`, { questionId: 'q4', text: 'Une idée' }, { ...address, 'X-Live-Token': newToken() })).status).toBe(429);
    // A phone already in the room changes its vote: not counted again.
    expect(await (await vote(live, met, { questionId: 'q2', value: 2 }, address)).json()).toEqual({ status: 'stored', changed: true });
    expect((await vote(live, newToken(), { questionId: 'q2', value: 3 }, { 'CF-Connecting-IP': '198.51.100.8' })).status).toBe(201);
  });

  it('join-code lookups are limited per address, past what a room scanning the QR code sends (1000 a minute)', async () => {
    const live = await liveSession();
    const address = { 'CF-Connecting-IP': '198.51.100.9' };
    // A room of 500 behind one NAT joins at once: all get in.
    const room = await Promise.all(Array.from({ length: 500 }, () => call(`/api/live/join/${live.code}`, { headers: address })));
    expect(room.every((r) => r.status === 200)).toBe(true);
    // Someone behind another address guessing codes is stopped at 1000 a minute.
    const guesser = { 'CF-Connecting-IP': '198.51.100.11' };
    for (let sent = 0; sent < 1000; sent += 100) {
      const statuses = await Promise.all(Array.from({ length: 100 }, () => call('/api/live/join/ZZZZZZ', { headers: guesser }))).then((rs) =>
        rs.map((r) => r.status),
      );
      expect(statuses.every((s) => s === 404)).toBe(true);
    }
    await expectError(await call(`/api/live/join/${live.code}`, { headers: guesser }), 429, '$');
    expect((await call(`/api/live/join/${live.code}`, { headers: { 'CF-Connecting-IP': '198.51.100.10' } })).status).toBe(200);
  });
});
