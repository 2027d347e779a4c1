import { createExecutionContext, createScheduledController, runInDurableObject, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LiveSessionAdmin } from '../../schema/live.ts';
import { Db } from '../../worker/db/client.ts';
import worker from '../../worker/index.ts';
import type { LiveSession } from '../../worker/live/live-session.ts';
import { call, postJson } from './helpers.ts';
import { admin, control, liveSession, newToken, vote, type Live } from './live-helpers.ts';
import { parisDay, parisTime } from '../../worker/domain/paris-time.ts';

const stubOf = (live: Live) => env.LIVE_SESSION.get(env.LIVE_SESSION.idFromName(live.id));
const today = () => parisDay(new Date());

/** Rows of every live table for a session. */
async function rowsOf(sessionId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['live_sessions', 'live_question_states', 'live_votes', 'live_devices', 'live_cards', 'live_ideas', 'live_idea_votes']) {
    const column = table === 'live_sessions' ? 'id' : 'session_id';
    counts[table] = (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`).bind(sessionId).first<{ n: number }>())!.n;
  }
  return counts;
}

/** A session with something in every table: cards, votes, an approved idea and its upvote. */
async function usedSession(): Promise<Live> {
  const live = await liveSession();
  await postJson(`${live.base}/cards`, { count: 2 }, live.owner.headers);
  await control(live, 'q1', 'open');
  for (let i = 0; i < 3; i++) expect((await vote(live, newToken(), { questionId: 'q1', value: 'a' })).status).toBe(201);
  await control(live, 'q4', 'open');
  await postJson(`/api/live/${live.id}/ideas`, { questionId: 'q4', text: 'Une idée' }, { 'X-Live-Token': newToken() });
  const idea = (await admin(live)).questions.find((q) => q.question.id === 'q4')!.ideas![0]!;
  await postJson(`${live.base}/ideas/${idea.id}/moderate`, { action: 'approve' }, live.owner.headers);
  expect((await vote(live, newToken(), { questionId: 'q4', value: { upvote: idea.id, on: true } })).status).toBe(201);
  return live;
}

describe('live sessions: group commit of votes', () => {
  it('48 votes at once are all acknowledged, all in D1, and counted once each', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    const tokens = Array.from({ length: 48 }, newToken);
    const replies = await Promise.all(tokens.map((t, i) => vote(live, t, { questionId: 'q1', value: ['a', 'b'][i % 2] })));
    expect(replies.map((r) => r.status)).toEqual(tokens.map(() => 201));
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM live_votes WHERE session_id = ?').bind(live.id).first<{ n: number }>();
    expect(stored?.n).toBe(48);
    // A retry of all of them at once changes nothing.
    const again = await Promise.all(tokens.map((t, i) => vote(live, t, { questionId: 'q1', value: ['a', 'b'][i % 2] })));
    expect(await Promise.all(again.map((r) => r.json()))).toEqual(tokens.map(() => ({ status: 'stored', changed: false })));
    await control(live, 'q1', 'lock');
    // 48 is a multiple of k = 3: the last release holds them all.
    expect((await admin(live)).questions[0]!.tally).toMatchObject({
      voters: 48,
      bars: [
        { key: 'a', value: 24 },
        { key: 'b', value: 24 },
        { key: 'c', value: 0 },
      ],
    });
  });

  it('while open, a batch shows the votes up to its last k-step: the rest wait for the next', async () => {
    const live = await liveSession(); // k = 3
    await control(live, 'q1', 'open');
    await Promise.all(Array.from({ length: 7 }, () => vote(live, newToken(), { questionId: 'q1', value: 'a' })));
    expect((await admin(live)).questions[0]!.tally).toMatchObject({ voters: 6 });
    await Promise.all(Array.from({ length: 2 }, () => vote(live, newToken(), { questionId: 'q1', value: 'b' })));
    expect((await admin(live)).questions[0]!.tally).toMatchObject({ voters: 9 });
  });

  it('a D1 batch that fails acknowledges none of its votes (503); retried, they count once', async () => {
    const live = await liveSession();
    await control(live, 'q1', 'open');
    const stub = stubOf(live);
    await runInDurableObject(stub, (instance: LiveSession) => {
      const failing = new Db(env.DB);
      failing.batch = async () => {
        throw new Error('D1 is down');
      };
      (instance as unknown as { db: () => Db }).db = () => failing;
    });
    const tokens = Array.from({ length: 9 }, newToken);
    const failed = await Promise.all(tokens.map((t) => vote(live, t, { questionId: 'q1', value: 'c' })));
    expect(failed.map((r) => r.status)).toEqual(tokens.map(() => 503));
    expect(((await failed[0]!.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('$');
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM live_votes WHERE session_id = ?').bind(live.id).first<{ n: number }>())?.n).toBe(0);
    expect((await admin(live)).questions[0]!.tally).toEqual({ suppressed: true, voters: null });

    await runInDurableObject(stub, (instance: LiveSession) => {
      delete (instance as unknown as { db?: unknown }).db; // back to the class's own
    });
    const retried = await Promise.all(tokens.map((t) => vote(live, t, { questionId: 'q1', value: 'c' })));
    expect(await Promise.all(retried.map((r) => r.json()))).toEqual(tokens.map(() => ({ status: 'stored', changed: false })));
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM live_votes WHERE session_id = ?').bind(live.id).first<{ n: number }>())?.n).toBe(9);
    await control(live, 'q1', 'lock');
    expect((await admin(live)).questions[0]!.tally).toMatchObject({ voters: 9 });
  });
});

describe('live sessions: deletion', () => {
  it('an editor deletes a session: every row goes, screens are disconnected, the join code no longer answers', async () => {
    const live = await usedSession();
    expect(Object.values(await rowsOf(live.id)).every((n) => n > 0)).toBe(true);
    const phone = await call(`/api/live/${live.id}/socket`, { headers: { Upgrade: 'websocket' } });
    const ws = phone.webSocket!;
    const closed = new Promise<number>((resolve) => ws.addEventListener('close', (event) => resolve(event.code)));
    ws.accept();

    const deleted = await call(live.base, { method: 'DELETE', headers: live.owner.headers });
    expect(deleted.status).toBe(204);
    expect(await closed).toBe(4404);
    expect(Object.values(await rowsOf(live.id))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect((await call(live.base, { headers: live.owner.headers })).status).toBe(404);
    expect((await call(`/api/live/join/${live.code}`)).status).toBe(404);
    expect((await vote(live, newToken(), { questionId: 'q1', value: 'a' })).status).toBe(404);
    expect((await call(live.base, { method: 'DELETE', headers: live.owner.headers })).status).toBe(404);
    expect(await runInDurableObject(stubOf(live), (instance: LiveSession) => instance.loadedModel())).toBeNull();
  });
});

describe('live sessions: retention', () => {
  const monthsBefore = (day: string, months: number) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1 - months, Math.min(d, 28))).toISOString().slice(0, 10);
  };

  async function runCron(): Promise<void> {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: parisTime(today(), 3, 17).getTime(), cron: '17 * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
  }

  async function endedMonthsAgo(months: number): Promise<Live> {
    const live = await usedSession();
    const ended = (await (await call(`${live.base}/end`, { method: 'POST', headers: live.owner.headers })).json()) as LiveSessionAdmin;
    expect(ended.status).toBe('closed');
    const row = await env.DB.prepare('SELECT ended_on FROM live_sessions WHERE id = ?').bind(live.id).first<{ ended_on: string }>();
    expect(row?.ended_on).toBe(today());
    await env.DB.prepare('UPDATE live_sessions SET ended_on = ? WHERE id = ?').bind(monthsBefore(today(), months), live.id).run();
    return live;
  }

  it('the daily job deletes sessions ended over 12 months ago with all their data; recent, open and reopened ones stay', async () => {
    const expired = await endedMonthsAgo(13);
    const recent = await endedMonthsAgo(11);
    const reopened = await endedMonthsAgo(13);
    await call(`${reopened.base}/start`, { method: 'POST', headers: reopened.owner.headers });
    const open = await usedSession();

    await runCron();

    expect(Object.values(await rowsOf(expired.id))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect((await call(expired.base, { headers: expired.owner.headers })).status).toBe(404);
    for (const kept of [recent, reopened, open]) {
      expect(Object.values(await rowsOf(kept.id)).every((n) => n > 0)).toBe(true);
      expect((await call(`${kept.base}/export.csv`, { headers: kept.owner.headers })).status).toBe(200);
    }
    const reopenedRow = await env.DB.prepare('SELECT ended_on FROM live_sessions WHERE id = ?').bind(reopened.id).first<{ ended_on: string | null }>();
    expect(reopenedRow?.ended_on).toBeNull();
  });
});
