/**
 * The live part of `npm run bench`: N simulated participants vote within 2 s on one question of a
 * live session while a projector socket watches; measures vote-to-projector latency and checks that
 * every acknowledged vote is stored. Runs against a `wrangler dev` the caller started.
 */
import { randomBytes } from 'node:crypto';
import type { LiveQuestionView, LiveServerMessage, LiveSessionAdmin } from '../../schema/live.ts';
import { createHttpClient, type HttpClient } from './http.ts';
import { percentile } from './stats.ts';

export type LiveRun = {
  participants: number;
  sessionId: string;
  acked: number;
  /** Voters on the console's tally once all acknowledgements are in (the Durable Object's view). */
  counted: number;
  /** Votes the projector last showed. */
  projected: number;
  ackP50: number;
  ackP95: number;
  /** From a vote's send to the first projector update that includes it. */
  p50: number;
  p95: number;
  /** How long sending took (every vote is sent within the 2 s window). */
  sendWindowMs: number;
  /** Server CPU (ms per acknowledged vote) from the first vote to the projector's last update, by process; empty when not measured. */
  cpuMsPerVote: Map<string, number>;
  errors: string[];
};

/** CPU seconds by server process (see proc.ts), read before and after the votes. */
export type CpuProbe = () => Map<string, number>;

const OPTIONS = ['a', 'b', 'c', 'd'];

/** A projector's socket: every update of the question's shown voter count, with its arrival time. */
function watchProjector(wsUrl: string, cookie: string, origin: string, questionId: string) {
  const updates: { at: number; voters: number }[] = [];
  // Node's WebSocket (undici) takes headers as an extension: the organiser's cookie and the page's origin.
  const socket = new WebSocket(wsUrl, { headers: { Cookie: cookie, Origin: origin } } as unknown as string[]);
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`projector socket failed: ${wsUrl}`)), { once: true });
  });
  const record = (view: LiveQuestionView | null | undefined) => {
    if (!view || view.question.id !== questionId || !view.tally || view.tally.suppressed) return;
    updates.push({ at: performance.now(), voters: view.tally.voters });
  };
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as LiveServerMessage;
    if (message.type === 'question') record(message.view);
    if (message.type === 'state') {
      const state = message.state as Partial<LiveSessionAdmin> & { current?: LiveQuestionView | null };
      for (const view of state.questions ?? []) record(view);
      record(state.current);
    }
  });
  return { opened, updates, close: () => socket.close() };
}

async function expectOk<T>(promise: Promise<{ status: number; body: string; data: T }>, what: string, status = 200): Promise<T> {
  const response = await promise;
  if (response.status !== status) throw new Error(`${what} → ${response.status} ${response.body.slice(0, 300)}`);
  return response.data;
}

export async function runLiveBench(
  baseUrl: string,
  cookie: string,
  orgId: string,
  participants: number,
  signal: AbortSignal,
  cpu?: CpuProbe,
): Promise<LiveRun> {
  const admin = createHttpClient(baseUrl, { maxSockets: 4 });
  // Phones each have their own connection; 64 sockets keep the loopback busy without exhausting ports.
  const phones: HttpClient = createHttpClient(baseUrl, { maxSockets: 64 });
  const headers = { Cookie: cookie };
  const base = `/api/orgs/${orgId}/live`;
  try {
    const session = await expectOk(
      admin.json<LiveSessionAdmin>(base, {
        method: 'POST',
        headers,
        signal,
        body: {
          title: { fr: `Banc d’essai, ${participants} participants` },
          settings: { k: 5 },
          questions: [
            {
              id: 'q',
              type: 'single',
              label: { fr: 'Quelle priorité pour le territoire ?' },
              options: OPTIONS.map((id) => ({ id, label: { fr: `Option ${id}` } })),
            },
          ],
        },
      }),
      'creating the live session',
      201,
    );
    const path = `${base}/${session.id}`;
    await expectOk(admin.json(`${path}/start`, { method: 'POST', headers, signal }), 'starting the session');
    for (const action of ['open', 'reveal'])
      await expectOk(admin.json(`${path}/questions/q/control`, { method: 'POST', headers, body: { action }, signal }), `${action} the question`);

    const origin = new URL(baseUrl).origin;
    const projector = watchProjector(`${origin.replace(/^http/, 'ws')}${path}/socket?view=projector`, cookie, origin, 'q');
    await projector.opened;

    const sends: { sentAt: number; ackAt: number }[] = [];
    const errors: string[] = [];
    const cpuBefore = cpu?.() ?? new Map<string, number>();
    const t0 = performance.now();
    const spacing = 2000 / participants;
    await Promise.all(
      Array.from({ length: participants }, async (_, i) => {
        await new Promise((r) => setTimeout(r, Math.max(0, t0 + i * spacing - performance.now())));
        const token = randomBytes(32).toString('base64url');
        const sentAt = performance.now();
        for (let attempt = 0; attempt < 4; attempt++) {
          const response = await phones
            .request(`/api/live/${session.id}/votes`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Live-Token': token, Origin: origin },
              body: JSON.stringify({ questionId: 'q', value: OPTIONS[i % OPTIONS.length] }),
              signal,
            })
            .catch((error: unknown) => ({ status: 0, body: String(error) }));
          if (response.status === 201) {
            sends.push({ sentAt, ackAt: performance.now() });
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
    const sendWindowMs = Math.max(...sends.map((s) => s.sentAt)) - t0;

    // The projector shows the last votes once the k-step rule lets them through (at most a few moments later).
    const until = performance.now() + 10_000;
    while (performance.now() < until && (projector.updates.at(-1)?.voters ?? 0) < sends.length) await new Promise((r) => setTimeout(r, 20));
    const cpuAfter = cpu?.() ?? new Map<string, number>();
    projector.close();
    const cpuMsPerVote = new Map<string, number>();
    for (const [command, seconds] of cpuAfter) cpuMsPerVote.set(command, (1000 * (seconds - (cpuBefore.get(command) ?? 0))) / Math.max(1, sends.length));

    const console_ = await expectOk(admin.json<LiveSessionAdmin>(path, { headers, signal }), 'reading the console');
    const tally = console_.questions.find((q) => q.question.id === 'q')?.tally;
    const counted = tally && !tally.suppressed ? tally.voters : 0;

    // Votes in the order they were stored (acknowledged): vote r is on screen once an update shows ≥ r voters.
    const ordered = sends.toSorted((a, b) => a.ackAt - b.ackAt);
    const latencies = ordered.flatMap((send, r) => {
      const shown = projector.updates.find((u) => u.voters >= r + 1 && u.at >= send.sentAt);
      return shown ? [shown.at - send.sentAt] : [];
    });
    const sorted = latencies.toSorted((a, b) => a - b);
    const acks = sends.map((s) => s.ackAt - s.sentAt).toSorted((a, b) => a - b);
    if (latencies.length < sends.length && errors.length < 5) errors.push(`${sends.length - latencies.length} acknowledged votes never reached the projector`);
    return {
      participants,
      sessionId: session.id,
      acked: sends.length,
      counted,
      projected: projector.updates.at(-1)?.voters ?? 0,
      ackP50: percentile(acks, 50),
      ackP95: percentile(acks, 95),
      p50: sorted.length ? percentile(sorted, 50) : Number.NaN,
      p95: sorted.length ? percentile(sorted, 95) : Number.NaN,
      sendWindowMs,
      cpuMsPerVote,
      errors,
    };
  } finally {
    admin.close();
    phones.close();
  }
}
