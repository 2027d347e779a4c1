/**
 * The idea box part of `npm run bench`: 1,000 devices each support one approved idea within 10 s
 * while a waiting-room display polls `/display` every ~250 ms with If-None-Match (as the TV does);
 * measures support → the display showing the new count, and checks that every acknowledged support
 * is stored (the caller counts the rows in D1 once the server is stopped). Runs against a
 * `wrangler dev` the caller started.
 */
import { randomBytes } from 'node:crypto';
import type { Box, BoxDisplay, IdeaAdmin, SupportReply } from '../../schema/ideas.ts';
import { createHttpClient } from './http.ts';
import { percentile } from './stats.ts';
import { queryLocal, type LocalOptions } from './wrangler.ts';

export type IdeasRun = {
  devices: number;
  ideaIds: string[];
  acked: number;
  /** Supports whose count the display can show (from k on); the first k − 1 of each idea stay « moins de k ». */
  measured: number;
  p50: number;
  p95: number;
  /** From a support's send to its acknowledgement. */
  ackP50: number;
  ackP95: number;
  /** What the display last showed, summed over the ideas. */
  displayed: number;
  polls: number;
  notModified: number;
  sendWindowMs: number;
  errors: string[];
};

const IDEAS = 4;
const K = 5;
const WINDOW_MS = 10_000;
const POLL_MS = 250;

type Shown = { at: number; counts: Map<string, number> };

/** The TV: polls with its ETag, keeps every change of the counts it shows, with when it saw them. */
function watchDisplay(baseUrl: string, slug: string, signal: AbortSignal) {
  const client = createHttpClient(baseUrl, { maxSockets: 1 });
  const seen: Shown[] = [];
  let etag = '';
  let polls = 0;
  let notModified = 0;
  let running = true;
  const done = (async () => {
    while (running && !signal.aborted) {
      const started = performance.now();
      const response = await client.request(`/api/b/${slug}/display`, { headers: etag ? { 'If-None-Match': etag } : {}, signal }).catch(() => null);
      polls++;
      if (response?.status === 304) notModified++;
      if (response?.status === 200) {
        etag = String(response.headers.etag ?? '');
        const display = JSON.parse(response.body) as BoxDisplay;
        seen.push({ at: performance.now(), counts: new Map(display.ideas.map((i) => [i.id, i.supports ?? 0])) });
      }
      await new Promise((r) => setTimeout(r, Math.max(0, started + POLL_MS - performance.now())));
    }
  })();
  return {
    seen,
    stats: () => ({ polls, notModified }),
    stop: async () => {
      running = false;
      await done;
      client.close();
    },
  };
}

export async function runIdeasBench(baseUrl: string, cookie: string, orgId: string, devices: number, signal: AbortSignal): Promise<IdeasRun> {
  const admin = createHttpClient(baseUrl, { maxSockets: 4 });
  const phones = createHttpClient(baseUrl, { maxSockets: 64 });
  const headers = { Cookie: cookie };
  const origin = new URL(baseUrl).origin;
  const expect = async <T>(promise: Promise<{ status: number; body: string; data: T }>, what: string, status = 200): Promise<T> => {
    const response = await promise;
    if (response.status !== status) throw new Error(`${what} → ${response.status} ${response.body.slice(0, 300)}`);
    return response.data;
  };
  try {
    const slug = `banc-${randomBytes(4).toString('hex')}`;
    const themes = [{ id: 'accueil', label: { fr: 'Accueil' } }];
    const box = await expect(
      admin.json<Box>(`/api/orgs/${orgId}/boxes`, {
        method: 'POST',
        headers,
        signal,
        body: { slug, title: { fr: 'Banc d’essai' }, intro: { fr: 'Idées' }, themes, audience: 'public', k: K },
      }),
      'creating the box',
      201,
    );
    const base = `/api/orgs/${orgId}/boxes/${box.id}`;
    const ideaIds: string[] = [];
    for (let i = 0; i < IDEAS; i++) {
      const slip = await expect(
        admin.json<IdeaAdmin>(`${base}/ideas`, { method: 'POST', headers, signal, body: { text: `Idée ${i + 1} du banc d’essai`, theme: 'accueil' } }),
        'a paper slip',
        201,
      );
      await expect(admin.json(`${base}/ideas/${slip.id}/moderate`, { method: 'POST', headers, signal, body: { action: 'approve' } }), 'approving');
      ideaIds.push(slip.id);
    }

    const display = watchDisplay(baseUrl, slug, signal);
    while (display.seen.length === 0 && !signal.aborted) await new Promise((r) => setTimeout(r, 20));

    const acks: { idea: string; sentAt: number; ackAt: number; count: number | null }[] = [];
    const errors: string[] = [];
    const t0 = performance.now();
    const spacing = WINDOW_MS / devices;
    await Promise.all(
      Array.from({ length: devices }, async (_, i) => {
        await new Promise((r) => setTimeout(r, Math.max(0, t0 + i * spacing - performance.now())));
        const token = randomBytes(32).toString('base64url');
        const idea = ideaIds[i % IDEAS]!;
        const sentAt = performance.now();
        for (let attempt = 0; attempt < 4; attempt++) {
          const response = await phones
            .request(`/api/b/${slug}/ideas/${idea}/support`, {
              method: 'PUT',
              headers: { 'Content-Type': 'application/json', 'X-Idea-Token': token, Origin: origin },
              body: JSON.stringify({ on: true }),
              signal,
            })
            .catch((error: unknown) => ({ status: 0, body: String(error) }));
          if (response.status === 200) {
            acks.push({ idea, sentAt, ackAt: performance.now(), count: (JSON.parse(response.body) as SupportReply).supports });
            return;
          }
          if (response.status !== 0 && response.status < 500 && response.status !== 429) {
            if (errors.length < 5) errors.push(`${response.status} ${response.body.slice(0, 200)}`);
            return;
          }
          await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
        }
        if (errors.length < 5) errors.push('gave up after 4 attempts');
      }),
    );
    const sendWindowMs = Math.max(...acks.map((a) => a.sentAt)) - t0;

    // The display catches up with the last supports (a poll or two later).
    const expected = new Map(ideaIds.map((id) => [id, acks.filter((a) => a.idea === id).length]));
    const caughtUp = () => ideaIds.every((id) => (display.seen.at(-1)?.counts.get(id) ?? 0) >= expected.get(id)!);
    const until = performance.now() + 10_000;
    while (performance.now() < until && !caughtUp()) await new Promise((r) => setTimeout(r, 20));
    await display.stop();

    // A support is on screen once a poll after it was sent shows its idea at the count it acknowledged.
    const latencies = acks.flatMap((a) => {
      if (a.count === null) return [];
      const shown = display.seen.find((s) => s.at >= a.sentAt && (s.counts.get(a.idea) ?? 0) >= a.count!);
      return shown ? [shown.at - a.sentAt] : [];
    });
    const measurable = acks.filter((a) => a.count !== null).length;
    if (latencies.length < measurable && errors.length < 5) errors.push(`${measurable - latencies.length} acknowledged supports never reached the display`);
    const sorted = latencies.toSorted((a, b) => a - b);
    const ackMs = acks.map((a) => a.ackAt - a.sentAt).toSorted((a, b) => a - b);
    const last = display.seen.at(-1)?.counts ?? new Map<string, number>();
    return {
      devices,
      ideaIds,
      acked: acks.length,
      measured: latencies.length,
      p50: sorted.length ? percentile(sorted, 50) : Number.NaN,
      p95: sorted.length ? percentile(sorted, 95) : Number.NaN,
      ackP50: percentile(ackMs, 50),
      ackP95: percentile(ackMs, 95),
      displayed: ideaIds.reduce((sum, id) => sum + (last.get(id) ?? 0), 0),
      ...display.stats(),
      sendWindowMs,
      errors,
    };
  } finally {
    admin.close();
    phones.close();
  }
}

/** Support rows of the run's ideas in D1 (read once the server is stopped: one device's support is one row). */
export async function ideasSupportsStored(run: IdeasRun, options: LocalOptions): Promise<number> {
  const ids = run.ideaIds.map((id) => `'${id.replace(/[^0-9a-f-]/g, '')}'`).join(', ');
  const [row] = await queryLocal<{ n: number }>(`SELECT COUNT(*) AS n FROM idea_supports WHERE idea_id IN (${ids})`, options);
  return row?.n ?? 0;
}

export type IdeasRow = { metric: string; value: string; target: string; pass: boolean | null; kind: 'perf' | 'check' };

/** The bench table's rows for the run (target: on screen within 2 s). */
export function ideasRows(run: IdeasRun, stored: number): IdeasRow[] {
  return [
    {
      metric: `ideas_${run.devices} support→display`,
      value: `p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms (acknowledged p50 ${run.ackP50.toFixed(0)} ms, p95 ${run.ackP95.toFixed(0)} ms; ${run.measured} measured, polled every ${POLL_MS} ms: ${run.polls} polls, ${run.notModified} × 304; sent over ${(run.sendWindowMs / 1000).toFixed(1)} s)`,
      target: 'p95 ≤ 2000',
      pass: run.p95 <= 2000,
      kind: 'perf',
    },
    {
      metric: `ideas_${run.devices} acked == stored`,
      value: `acked ${run.acked}/${run.devices}, display ${run.displayed}, D1 ${stored}${run.errors.length ? `; ${run.errors.join(' | ')}` : ''}`,
      target: 'all equal',
      pass: run.acked === run.devices && run.displayed === run.acked && stored === run.acked,
      kind: 'check',
    },
  ];
}

export const ideasFigures = (run: IdeasRun, stored: number) => ({
  ideas_support_p95_ms: Math.round(run.p95 * 10) / 10,
  ideas_supports_acked: run.acked,
  ideas_supports_stored: stored,
});
