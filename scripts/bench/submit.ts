/**
 * Submissions as a careful client sends them (retries with the same Idempotency-Key), a phase of them at
 * a fixed concurrency, and the results and releases they are read back through.
 */
import type { SurveyResults } from '../../schema/results.ts';
import type { HttpClient } from '../lib/http.ts';
import { rowsReadFromServerTiming } from '../lib/http.ts';
import { cpuDelta, ownCpuSeconds, processGroupCpu } from '../lib/proc.ts';
import { seededRng } from '../lib/prng.ts';
import { releaseOnDemand } from '../lib/release-bench.ts';
import { CONCURRENCY, config, runAbort, server, stateDir } from './context.ts';

// ---- submissions ----

export type Submission = { key: string; body: string };

export type Tally = {
  acked: Set<number>;
  statuses: Map<string, number>;
  errorSamples: string[];
  unexpectedDuplicates: number;
  transientRetries: number;
};

export const newTally = (): Tally => ({ acked: new Set(), statuses: new Map(), errorSamples: [], unexpectedDuplicates: 0, transientRetries: 0 });
export const countStatus = (tally: Tally, status: string) => tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);

export const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

export const TRANSIENT = new Set([502, 503, 504]);

/**
 * One submission, as a careful client sends it: a network failure or a transient 5xx (e.g. wrangler's
 * « worker restarted mid-request ») is retried with the same Idempotency-Key, up to 3 times. The write may
 * have committed before the failure: the retry then comes back 201 `duplicate: true`, and the response
 * counts once. `ms` covers every attempt.
 */
export async function post(client: HttpClient, path: string, submission: Submission, tally: Tally) {
  const started = performance.now();
  for (let attempt = 0; ; attempt++) {
    let response: Awaited<ReturnType<HttpClient['request']>> | null = null;
    try {
      response = await client.request(path, {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'Idempotency-Key': submission.key },
        body: submission.body,
        signal: runAbort.signal,
      });
    } catch (error) {
      if (runAbort.signal.aborted || attempt >= 3) throw error;
    }
    if (response && (!TRANSIENT.has(response.status) || attempt >= 3)) return { ...response, ms: performance.now() - started, retried: attempt > 0 };
    if (response) countStatus(tally, `${response.status} (retried)`);
    tally.transientRetries++;
    await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
  }
}

export const duplicateFlag = (body: string): boolean | undefined => {
  try {
    return (JSON.parse(body) as { duplicate?: boolean }).duplicate;
  } catch {
    return undefined;
  }
};

export type PhaseResult = {
  wallMs: number;
  latencies: number[];
  retryLatencies: number[];
  retriesSent: number;
  retriesDuplicate: number;
  ownCpuS: number;
  serverCpu: Map<string, number>;
  /** Server processes that ended or started during the phase: wrangler dev reloaded (a file changed under the project). */
  serverRestarted: boolean;
};

/**
 * Sends submissions [from, to) with `concurrency` workers sharing one queue; about `retryRate` of the
 * requests are replays of an already acknowledged submission (same key, same body), expected back as
 * 201 `duplicate: true`. Stops dispatching at `deadline` (performance.now() time).
 */
export async function runPhase(
  client: HttpClient,
  path: string,
  submissions: Submission[],
  from: number,
  to: number,
  tally: Tally,
  options: { retryRate: number; seed: string; deadline: number },
): Promise<PhaseResult> {
  const rng = seededRng(options.seed);
  type Task = { kind: 'submit'; index: number } | { kind: 'retry' };
  const tasks: Task[] = [];
  for (let index = from; index < to; index++) {
    tasks.push({ kind: 'submit', index });
    if (options.retryRate > 0 && rng.chance(options.retryRate)) tasks.push({ kind: 'retry' });
  }
  const ackedList = [...tally.acked];
  const latencies: number[] = [];
  const retryLatencies: number[] = [];
  let retriesSent = 0;
  let retriesDuplicate = 0;
  let cursor = 0;

  const worker = async () => {
    while (cursor < tasks.length && performance.now() < options.deadline && !runAbort.signal.aborted) {
      const task = tasks[cursor++]!;
      if (task.kind === 'retry') {
        if (ackedList.length === 0) continue;
        const index = ackedList[rng.int(0, ackedList.length - 1)]!;
        retriesSent++;
        const response = await post(client, path, submissions[index]!, tally);
        retryLatencies.push(response.ms);
        if (response.status === 201 && duplicateFlag(response.body) === true) retriesDuplicate++;
        else if (tally.errorSamples.length < 5) tally.errorSamples.push(`retry → ${response.status} ${response.body.slice(0, 200)}`);
        continue;
      }
      const response = await post(client, path, submissions[task.index]!, tally);
      countStatus(tally, String(response.status));
      if (response.status === 201) {
        latencies.push(response.ms);
        tally.acked.add(task.index);
        ackedList.push(task.index);
        // A fresh key is never a duplicate, unless a retry after a failure replayed a stored one.
        const duplicate = duplicateFlag(response.body);
        if (duplicate === undefined || (duplicate && !response.retried)) tally.unexpectedDuplicates++;
      } else if (tally.errorSamples.length < 5) {
        tally.errorSamples.push(`${response.status} ${response.body.slice(0, 200)}`);
      }
    }
  };

  const cpuBefore = ownCpuSeconds();
  const serverBefore = server ? processGroupCpu(server.process.pid!) : new Map<string, number>();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const wallMs = performance.now() - t0;
  const serverAfter = server ? processGroupCpu(server.process.pid!) : new Map<string, number>();
  const serverRestarted = [...serverBefore.keys()].some((k) => !serverAfter.has(k)) || [...serverAfter.keys()].some((k) => !serverBefore.has(k));
  return {
    wallMs,
    latencies,
    retryLatencies,
    retriesSent,
    retriesDuplicate,
    ownCpuS: ownCpuSeconds() - cpuBefore,
    serverCpu: cpuDelta(serverBefore, serverAfter),
    serverRestarted,
  };
}

export type ResultsRead = { rowsRead: number; responses: number; release: number | null; k: number; ms: number };

export async function readResults(client: HttpClient, path: string, headers: Record<string, string> = {}): Promise<ResultsRead> {
  const response = await client.json<SurveyResults>(path, { headers, signal: runAbort.signal });
  if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${response.body.slice(0, 300)}`);
  const { responses, release, k } = response.data;
  return { rowsRead: rowsReadFromServerTiming(response.headers['server-timing']), responses, release: release?.number ?? null, k, ms: response.ms };
}

/** Publishes what the survey received, as the hourly job would: the release's time in ms. */
export const release = (client: HttpClient, surveyId: string) => releaseOnDemand(client, surveyId, { persistTo: stateDir!, config }, runAbort.signal);
