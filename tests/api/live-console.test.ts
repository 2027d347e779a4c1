/**
 * Issue 11, live: what the organiser's console and the export rely on — showing an earlier question
 * again, the colleges' presence before a college vote (never a count under k, moving only in steps of
 * k devices), the words waiting on the word cloud, and an export with its date, units and notes.
 */
import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LiveParticipantState } from '../../schema/live.ts';
import type { LiveSession } from '../../worker/live/live-session.ts';
import { call, postJson, type ErrorBody } from './helpers.ts';
import { admin, COLLEGES, control, definition, expectError, liveSession, newToken, state, viewOf, vote, type Live } from './live-helpers.ts';
import { appAt, TestClock } from './support/clocked-app.ts';

const presence = async (live: Live) => (await admin(live)).presence!.map((c) => [c.college, c.devices]);
/** The session's object forgets what it holds in memory, as after an eviction: it reads D1 (and its own storage) again. */
const restart = (live: Live) =>
  runInDurableObject(env.LIVE_SESSION.get(env.LIVE_SESSION.idFromName(live.id)), (instance: LiveSession) => {
    (instance as unknown as { model: unknown }).model = null;
  });

describe('live console: showing a question again', () => {
  it('puts a closed question back on the projector and the phones, revealed, with its last release', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    for (const value of ['a', 'a', 'b']) await vote(live, newToken(), { questionId: 'q1', value });
    await vote(live, newToken(), { questionId: 'q1', value: 'c' }); // after the last release: stays out
    await control(live, 'q1', 'close');
    await control(live, 'q2', 'open');
    expect((await admin(live)).current).toBe('q2');
    expect((await control(live, 'q1', 'show')).status).toBe(200);
    const shown = await admin(live);
    expect(shown.current).toBe('q1');
    expect(shown.questions[0]).toMatchObject({ state: 'closed', revealed: true });
    const phone = (await (await state(live, newToken())).json()) as LiveParticipantState;
    expect(phone.current).toMatchObject({
      question: { id: 'q1' },
      state: 'closed',
      revealed: true,
      tally: {
        voters: 3,
        bars: [
          { key: 'a', value: 2 },
          { key: 'b', value: 1 },
          { key: 'c', value: 0 },
        ],
      },
    });
    // Still closed: no vote gets in.
    await expectError(await vote(live, newToken(), { questionId: 'q1', value: 'a' }), 409, 'questionId');
  });

  it('refuses a question never asked, a session ended and an unknown action, in French and English', async () => {
    const live = await liveSession();
    const idle = await control(live, 'q3', 'show');
    expect(idle.status).toBe(409);
    expect(((await idle.json()) as ErrorBody).errors[0]).toEqual({ path: 'action', message: 'Cette question n’a pas été posée' });
    await control(live, 'q1', 'open');
    await call(`${live.base}/end`, { method: 'POST', headers: live.owner.headers });
    const ended = await postJson(`${live.base}/questions/q1/control`, { action: 'show' }, { ...live.owner.headers, 'Accept-Language': 'en' });
    expect(ended.status).toBe(409);
    expect(((await ended.json()) as ErrorBody).errors[0]).toEqual({ path: 'action', message: 'Reopen the workshop first' });
    await expectError(await control(live, 'q1', 'project'), 400, 'action');
  });
});

describe('live console: who is in each college', () => {
  it('counts devices with a college from k up, never 1 to k − 1, and moves only once k more devices have one', async () => {
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES } }));
    await control(live, 'q1', 'open');
    expect(await presence(live)).toEqual([
      ['usagers', null],
      ['pros', null],
      ['elus', null],
    ]);
    for (let i = 0; i < 3; i++) await vote(live, newToken(), { questionId: 'q1', value: 'a', college: 'usagers' });
    expect(await presence(live)).toEqual([
      ['usagers', 3],
      ['pros', null],
      ['elus', null],
    ]);
    // Two more: one usager and one pro. The console does not move (two devices would tell their colleges).
    await vote(live, newToken(), { questionId: 'q1', value: 'a', college: 'usagers' });
    await vote(live, newToken(), { questionId: 'q1', value: 'b', college: 'pros' });
    expect(await presence(live)).toEqual([
      ['usagers', 3],
      ['pros', null],
      ['elus', null],
    ]);
    // Restarted, the object still shows what it showed: the step is kept in its own storage.
    await restart(live);
    expect(await presence(live)).toEqual([
      ['usagers', 3],
      ['pros', null],
      ['elus', null],
    ]);
    await vote(live, newToken(), { questionId: 'q1', value: 'b', college: 'pros' });
    expect(await presence(live)).toEqual([
      ['usagers', 4],
      ['pros', null],
      ['elus', null],
    ]);
    // A device's votes on other questions count it once; phones never see any of it.
    await control(live, 'q2', 'open');
    const phone = await state(live, newToken());
    expect(await phone.text()).not.toContain('presence');
  });

  it('counts a card’s holder in its card’s college once the card votes', async () => {
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES, cardsRequired: true } }));
    const { cards } = (await (await postJson(`${live.base}/cards`, { count: 3, college: 'elus' }, live.owner.headers)).json()) as { cards: string[] };
    await control(live, 'q1', 'open');
    expect(await presence(live)).toEqual([
      ['usagers', null],
      ['pros', null],
      ['elus', null],
    ]);
    for (const card of cards) expect((await vote(live, card, { questionId: 'q1', value: 'c' })).status).toBe(201);
    expect(await presence(live)).toEqual([
      ['usagers', null],
      ['pros', null],
      ['elus', 3],
    ]);
  });
});

describe('live console: the word cloud’s waiting words, and the export', () => {
  it('says how many words wait once k people gave one, and withholds it below', async () => {
    const live = await liveSession(); // k = 3
    await control(live, 'q3', 'open');
    await control(live, 'q3', 'reveal');
    for (const words of [
      ['Soin', 'garde'],
      ['soins', 'nuit'],
      ['soin', 'Gardes'],
    ])
      await vote(live, newToken(), { questionId: 'q3', value: words });
    // « garde » twice and « nuit » once wait, given by three people: the figure is about k people.
    expect((await viewOf(live, 'q3')).tally).toEqual({ suppressed: false, voters: 3, bars: [{ key: 'soin', label: 'soin', value: 3 }], waitingWords: 2 });
    const phone = (await (await state(live, newToken())).json()) as LiveParticipantState;
    expect(phone.current?.tally).toMatchObject({ waitingWords: 2 });
  });

  it('dates the session, puts values in value columns and explanations in the note column', async () => {
    const clock = new TestClock('2026-03-14T09:00:00Z');
    const app = appAt(clock);
    const live = await liveSession(definition({ settings: { k: 3, colleges: COLLEGES } }));
    await control(live, 'q1', 'open');
    for (const college of ['usagers', 'usagers', 'usagers']) await vote(live, newToken(), { questionId: 'q1', value: 'a', college });
    expect((await app.call(`${live.base}/end`, { method: 'POST', headers: live.owner.headers })).status).toBe(200);
    expect((await admin(live)).endedOn).toBe('2026-03-14');
    clock.advance(3 * 24 * 3600 * 1000);
    const csv = await (await app.call(`${live.base}/export.csv`, { headers: live.owner.headers })).text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['Atelier : Atelier CPTS (code ' + live.code + ').', 'Atelier terminé le 14 mars 2026.']);
    expect(lines).toContain('Exporté le 17 mars 2026.');
    expect(lines).toContain('question;intitulé;type;collège;clé;libellé;valeur;unité;rang moyen;votants;moyenne;note');
    expect(lines).toContain('q1;Priorité ?;single;Usagers;a;A;3;votes;;3;;');
    expect(lines).toContain('q1;Priorité ?;single;Professionnels;;;;;;;;moins de 3 votants : chiffres masqués');
    // The weighted vote: every college that voted has its figures: the winner is the final result.
    expect(lines).toContain('q1;Priorité ?;single;vote pondéré par collège;a;A;50;poids;;;;option retenue');
    expect(csv).not.toMatch(/college_under_k|college_withheld|no_votes/);
  });
});
