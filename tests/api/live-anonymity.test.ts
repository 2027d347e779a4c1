/**
 * Issue 9, live: the attacks on live votes, run against the real worker, Durable Object and D1. Each
 * failed before this work: a device toggling its vote moved the projector past a victim's vote, a lock
 * published the fresh tally at once, a card read back its holder's votes, vote rows carried the
 * college, and per-college figures at two releases could differ by one person.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LiveParticipantState, LiveQuestionView } from '../../schema/live.ts';
import { linearAttack, type Published } from '../support/disclosure-oracle.ts';
import { call, postJson, type ErrorBody } from './helpers.ts';
import { admin, COLLEGES, control, definition, liveSession, newToken, state, vote, type Live } from './live-helpers.ts';

const publicView = async (live: Live): Promise<LiveQuestionView> => ((await (await state(live, newToken())).json()) as LiveParticipantState).current!;
const consoleView = async (live: Live, id = 'q1') => (await admin(live)).questions.find((q) => q.question.id === id)!;

describe('live anonymity: releases', () => {
  it('the toggle attack: one device, or k − 2 devices, changing their votes again and again never move the projector past a victim’s vote', async () => {
    const live = await liveSession(definition({ settings: { k: 5 } }));
    await control(live, 'q1', 'open');
    await control(live, 'q1', 'reveal');
    for (let i = 0; i < 5; i++) await vote(live, newToken(), { questionId: 'q1', value: 'a' });
    const before = (await publicView(live)).tally;
    expect(before).toMatchObject({
      voters: 5,
      bars: [
        { key: 'a', value: 5 },
        { key: 'b', value: 0 },
        { key: 'c', value: 0 },
      ],
    });
    expect((await vote(live, newToken(), { questionId: 'q1', value: 'c' })).status).toBe(201); // the victim
    // The attacker's devices (k − 2 = 3) toggle twenty times each: with the victim, four devices changed.
    const attackers = [newToken(), newToken(), newToken()];
    for (let round = 0; round < 20; round++)
      for (const attacker of attackers) expect((await vote(live, attacker, { questionId: 'q1', value: round % 2 ? 'a' : 'b' })).status).toBe(201);
    expect((await publicView(live)).tally).toEqual(before);
    expect((await consoleView(live)).tally).toEqual(before);
    // The next person makes five distinct devices: the bars move, with everyone in them.
    await vote(live, newToken(), { questionId: 'q1', value: 'a' });
    expect((await publicView(live)).tally).toMatchObject({ voters: 10 });
  });

  it('locking right after a victim’s vote shows the last release everywhere: projector, console, phones and the CSV export', async () => {
    const live = await liveSession(); // k = 3
    await control(live, 'q1', 'open');
    await control(live, 'q1', 'reveal');
    for (const value of ['a', 'a', 'b']) await vote(live, newToken(), { questionId: 'q1', value });
    await vote(live, newToken(), { questionId: 'q1', value: 'c' }); // the victim
    for (const action of ['lock', 'close']) {
      expect((await control(live, 'q1', action)).status).toBe(200);
      const final = {
        suppressed: false,
        voters: 3,
        bars: [
          { key: 'a', value: 2 },
          { key: 'b', value: 1 },
          { key: 'c', value: 0 },
        ],
      };
      expect((await publicView(live)).tally).toEqual(final);
      expect((await consoleView(live)).tally).toEqual(final);
      const joined = (await (await call(`/api/live/join/${live.code}`)).json()) as LiveParticipantState;
      expect(joined.current?.tally).toEqual(final);
    }
    const csv = await (await call(`${live.base}/export.csv`, { headers: live.owner.headers })).text();
    expect(csv).toContain('q1;Priorité ?;single;tous;a;A;2;votes;;3;;');
    expect(csv).toContain('q1;Priorité ?;single;tous;c;C;0;votes;;3;;');
    // Ending the session keeps it too.
    await call(`${live.base}/end`, { method: 'POST', headers: live.owner.headers });
    expect((await consoleView(live)).tally).toMatchObject({ voters: 3 });
  });

  it('per-college figures across releases: nothing published, nor any difference of published figures, describes 1 to k − 1 people', async () => {
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES } }));
    await control(live, 'q1', 'open');
    // A room of twelve, in three colleges, voting then changing their minds (a fixed script, no chance).
    const room = ['usagers', 'usagers', 'usagers', 'usagers', 'usagers', 'pros', 'pros', 'pros', 'pros', 'elus', 'elus', 'elus'].map((college) => ({
      token: newToken(),
      college,
    }));
    const script = [0, 5, 9, 1, 6, 10, 2, 7, 11, 3, 8, 4, 0, 0, 5, 9, 1, 1, 6, 3, 2, 10, 4, 7, 0, 11, 8, 5];
    const seen: { previous: boolean; voters: number | null }[][] = [];
    for (const [step, who] of script.entries()) {
      const { token, college } = room[who]!;
      expect((await vote(live, token, { questionId: 'q1', value: ['a', 'b', 'c'][(step * 7 + who) % 3], college })).status).toBe(201);
      seen.push((await consoleView(live)).byCollege!.map((c) => ({ previous: !!c.previous, voters: c.tally.voters })));
    }
    // Colleges were shown, and some kept earlier figures meanwhile.
    expect(seen.flat().some((c) => c.voters !== null && !c.previous)).toBe(true);
    expect(seen.flat().some((c) => c.previous)).toBe(true);
    // What D1 keeps of the releases: counts only. The independent attacker finds nothing under k in them.
    const row = await env.DB.prepare('SELECT published FROM live_question_states WHERE session_id = ? AND question_id = ?')
      .bind(live.id, 'q1')
      .first<{ published: string }>();
    const { history } = JSON.parse(row!.published) as { history: { intervals: Record<string, number>[]; colleges: string[][] } };
    expect(history.intervals.length).toBeGreaterThan(3);
    const keys = COLLEGES.map((c) => c.id);
    const atoms = history.intervals.flatMap((sizes, r) => keys.map((college) => ({ college, release: r + 1, size: sizes[college] ?? 0 })));
    const published: Published[] = [];
    history.intervals.forEach((_, r) => {
      published.push({ label: `all@${r + 1}`, members: atoms.map((a) => a.release <= r + 1) });
      for (const college of history.colleges[r]!)
        published.push({ label: `${college}@${r + 1}`, members: atoms.map((a) => a.college === college && a.release <= r + 1) });
    });
    expect(published.length).toBeGreaterThan(history.intervals.length);
    expect(
      linearAttack(
        atoms.map((a) => a.size),
        published,
        3,
      ),
    ).toBeNull();
  });
});

describe('live anonymity: nothing read back, nothing linkable stored', () => {
  it('a printed card, or a device token, asking for its state gets no trace of its votes (HTTP and socket)', async () => {
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES, cardsRequired: true } }));
    const { cards } = (await (await postJson(`${live.base}/cards`, { count: 1, college: 'elus' }, live.owner.headers)).json()) as { cards: string[] };
    const card = cards[0]!;
    await control(live, 'q2', 'open');
    expect((await vote(live, card, { questionId: 'q2', value: 4 })).status).toBe(201);
    await control(live, 'q3', 'open');
    expect((await vote(live, card, { questionId: 'q3', value: ['Solitude'] })).status).toBe(201);
    const text = await (await state(live, card)).text();
    expect(JSON.parse(text)).toMatchObject({ college: 'elus' });
    expect(text).not.toContain('"mine"');
    expect(text).not.toMatch(/solitude/i);
    const socket = await call(`/api/live/${live.id}/socket?token=${card}`, { headers: { Upgrade: 'websocket' } });
    const ws = socket.webSocket!;
    const first = new Promise<string>((resolve) => ws.addEventListener('message', (event) => resolve(event.data as string)));
    ws.accept();
    const message = await first;
    expect(message).not.toContain('"mine"');
    expect(message).not.toMatch(/solitude/i);
    ws.close(1000);
  });

  it('vote rows hold no college; colleges are counters per question and round, and devices are kept under a hash no vote hash matches', async () => {
    const columns = await env.DB.prepare("SELECT name FROM pragma_table_info('live_votes')").all<{ name: string }>();
    expect(columns.results.map((c) => c.name).sort()).toEqual(['question_id', 'round', 'session_id', 'value', 'voter_hash']);
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES } }));
    await control(live, 'q1', 'open');
    await control(live, 'q2', 'open');
    const lone = newToken(); // the only élu: nothing links their two votes
    for (const q of ['q1', 'q2']) expect((await vote(live, lone, { questionId: q, value: q === 'q1' ? 'c' : 5, college: 'elus' })).status).toBe(201);
    for (let i = 0; i < 3; i++) await vote(live, newToken(), { questionId: 'q1', value: 'a', college: 'pros' });
    const tallies = await env.DB.prepare('SELECT question_id, college, counts FROM live_college_tallies WHERE session_id = ? ORDER BY question_id, college')
      .bind(live.id)
      .all();
    expect(tallies.results).toEqual([
      { question_id: 'q1', college: 'elus', counts: '{"\\"c\\"":1}' },
      { question_id: 'q1', college: 'pros', counts: '{"\\"a\\"":3}' },
      { question_id: 'q2', college: 'elus', counts: '{"5":1}' },
    ]);
    const votes = await env.DB.prepare('SELECT voter_hash FROM live_votes WHERE session_id = ?').bind(live.id).all<{ voter_hash: string }>();
    const devices = await env.DB.prepare('SELECT device_hash, college FROM live_devices WHERE session_id = ?')
      .bind(live.id)
      .all<{ device_hash: string; college: string }>();
    expect(devices.results).toHaveLength(4);
    expect(devices.results.filter((d) => d.college === 'elus')).toHaveLength(1);
    const voterHashes = new Set(votes.results.map((v) => v.voter_hash));
    expect(devices.results.some((d) => voterHashes.has(d.device_hash))).toBe(false);
    expect(new Set(votes.results.map((v) => v.voter_hash)).size).toBe(5);
  });

  it('a device’s college is the one of its first vote: changing it is refused (409), in French and in English', async () => {
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES } }));
    await control(live, 'q1', 'open');
    await control(live, 'q2', 'open');
    const t = newToken();
    expect((await vote(live, t, { questionId: 'q1', value: 'a', college: 'pros' })).status).toBe(201);
    const fr = await vote(live, t, { questionId: 'q2', value: 3, college: 'usagers' });
    expect(fr.status).toBe(409);
    expect(((await fr.json()) as ErrorBody).errors[0]).toEqual({
      path: 'college',
      message: 'Votre collège est celui de votre premier vote dans cet atelier : il ne change plus',
    });
    const en = await vote(live, t, { questionId: 'q1', value: 'b', college: 'usagers' }, { 'Accept-Language': 'en' });
    expect(((await en.json()) as ErrorBody).errors[0]).toEqual({
      path: 'college',
      message: 'Your college is the one of your first vote in this workshop: it can no longer change',
    });
    // The same college, or none, goes on.
    expect((await vote(live, t, { questionId: 'q2', value: 3, college: 'pros' })).status).toBe(201);
    expect((await vote(live, t, { questionId: 'q1', value: 'b' })).status).toBe(201);
  });
});
