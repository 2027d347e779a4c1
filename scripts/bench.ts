/**
 * `npm run bench`: submissions throughput and latency, results cost and respondent bundle size,
 * against local `wrangler dev` on loopback with a fresh throwaway D1, configured by the bench's own copy of
 * wrangler.toml (public limits lifted, Server-Timing row counts on: scripts/lib/wrangler-config.ts).
 *
 * Prints a table, then one JSON line (always the last line of a completed run):
 * {"submissions_per_s", "submit_p50_ms", "submit_p99_ms", "results_rows_read_100", "results_rows_read_10000", "respondent_js_css_gzip_bytes", "ideas_js_css_gzip_bytes",
 *  "report_ms_10000", "report_rows_read_100", "report_rows_read_10000", "live_p50_ms", "live_p95_ms", "live_votes_acked", "live_votes_stored",
 *  "ideas_support_p95_ms", "ideas_supports_acked", "ideas_supports_stored", "fault_acked", "fault_stored", "fault_double_counted"}
 *
 * Steps: fresh D1 (migrations, one-time setup token) → wrangler dev on a random loopback port, serving a
 * snapshot of the tree (--live-tree serves the working tree itself) → first coordinator and organisation
 * through /api/auth/setup → the demo survey (slug "bench", public results) created and published →
 * 100 submissions, results read → the rest at concurrency 16 with ~1% replays of used keys, results
 * read → acked == stored checked in the results, the coordinator results and the D1 tables → the same for the
 * « Santé des professionnels » template (CBI + WHO-5 scored at submission), its report read at 100 and 10,000
 * scored responses (rows read) and timed over 30 reads (median) → live workshops: 160 then 500 participants
 * each vote within 2 s while a projector socket watches (vote→projector latency; acked = counted = in D1) → the idea box:
 * 1,000 devices each support an idea within 10 s while a display polls every 250 ms (support→display; acked = shown = in D1) →
 * the fault run: 2,000 submissions with random client-side cuts, each retried with its key until acknowledged,
 * while wrangler dev is killed and started again on the same D1 halfway (stored = acked, none counted twice).
 *
 * Options: --total 10000  --warmup 100  --concurrency 16  --seed pouls-bench  --retry-rate 0.01
 *          --max-seconds 480 (whole run)  --dist <dir> (default: the served dist/web)  --live-tree
 *          --keep-state  --strict (exit 1 when a target is missed)
 *          --live-only (only the live workshop runs, after the coordinator's setup: a quick check of the live path)
 *          --fault-only (only the fault run; its JSON line has the fault figures alone)  --fault-total 2000
 *          --ideas-only (only the idea box run; its JSON line has the ideas figures alone)
 * Exit code: 0 when the run completed and its correctness checks hold (acked == stored, duplicates
 * acknowledged once); 1 otherwise, or with --strict when a performance target is missed; 2 on timeout.
 * When dist/web/respond/index.html is missing the bench still runs, says so, and reports the bundle as null (the
 * idea box's phone page, dist/web/ideas/index.html, likewise).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Me } from '../schema/accounts.ts';
import type { SurveyResults } from '../schema/results.ts';
import * as v from 'valibot';
import { SurveyInput, type Survey } from '../schema/survey.ts';
import { demoSurvey } from '../schema/demo.ts';
import type { SurveyReport } from '../schema/report.ts';
import { professionalHealth } from '../schema/templates/professional-health.ts';
import { generateValidAnswers, idempotencyKey } from './lib/answers.ts';
import { MissingBuildError, measurePageBundle, type PageBundle } from './lib/bundle.ts';
import { createHttpClient, rowsReadFromServerTiming, type HttpClient } from './lib/http.ts';
import { describeFaultRun, faultCheck, runFaultBench, type FaultRun } from './lib/fault-bench.ts';
import { runLiveBench, type LiveRun } from './lib/live-bench.ts';
import { ideasFigures, ideasRows, ideasSupportsStored, runIdeasBench } from './lib/ideas-bench.ts';
import { cpuDelta, freePort, ownCpuSeconds, processGroupCpu } from './lib/proc.ts';
import { seededRng } from './lib/prng.ts';
import { round, summarize } from './lib/stats.ts';
import { snapshotProject, type Snapshot } from './lib/snapshot.ts';
import { formatTable } from './lib/table.ts';
import { benchConfig } from './lib/wrangler-config.ts';
import { ROOT, applyMigrations, freshStateDir, issueSetupToken, queryLocal, startDevServer, type DevServer } from './lib/wrangler.ts';
import { releaseOnDemand, setQuietReleaseHour } from './lib/release-bench.ts';

const { values: flags } = parseArgs({
  options: {
    total: { type: 'string', default: '10000' },
    warmup: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '16' },
    seed: { type: 'string', default: 'pouls-bench' },
    'retry-rate': { type: 'string', default: '0.01' },
    'max-seconds': { type: 'string', default: '480' },
    dist: { type: 'string' },
    'live-tree': { type: 'boolean', default: false },
    'keep-state': { type: 'boolean', default: false },
    'live-only': { type: 'boolean', default: false },
    'fault-only': { type: 'boolean', default: false },
    'ideas-only': { type: 'boolean', default: false },
    'fault-total': { type: 'string', default: '2000' },
    strict: { type: 'boolean', default: false },
  },
});

const TOTAL = Number(flags.total);
const WARMUP = Number(flags.warmup);
const CONCURRENCY = Number(flags.concurrency);
const RETRY_RATE = Number(flags['retry-rate']);
const MAX_MS = Number(flags['max-seconds']) * 1000;
for (const [name, value] of Object.entries({ TOTAL, WARMUP, CONCURRENCY, RETRY_RATE, MAX_MS }))
  if (!Number.isFinite(value) || value < 0) throw new Error(`invalid option ${name}: ${value}`);
if (WARMUP < 1 || WARMUP >= TOTAL) throw new Error('need 1 ≤ --warmup < --total');

const TARGETS = { submissionsPerS: 640, p99Ms: 50, bundleGzipBytes: 25_600, rowsGrowthMax: 2, reportMs: 10, liveP95Ms: 250 };
/** Live workshop runs: participants who each vote within 2 s; the JSON line reports the last. */
const LIVE_PARTICIPANTS = [160, 500];
/** Idea box: devices that each support an idea within 10 s while the display polls. */
const IDEAS_DEVICES = 1000;
/** Report reads timed at the end, the median kept: one read is too noisy on a shared machine. */
const REPORT_READS = 30;

const log = (message: string) => console.log(`› ${message}`);
const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

// ---- the whole run is bounded: past MAX_MS everything in flight is aborted and the server stopped ----

const runAbort = new AbortController();
let server: DevServer | null = null;
let serverOutput = '';
let stateDir: string | null = null;
let snapshot: Snapshot | null = null;
/** The bench's configuration file (written by benchConfig), passed to every wrangler command. */
let config = '';

async function stopServer(): Promise<void> {
  const running = server;
  server = null;
  if (!running || running.process.exitCode !== null) return;
  const pid = running.process.pid!;
  const stopped = running.stop();
  const forced = new Promise<void>((done) =>
    setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL'); // startDevServer runs wrangler in its own process group
      } catch {
        // already gone
      }
      done();
    }, 5_000).unref(),
  );
  await Promise.race([stopped, forced]);
}

function cleanUp(): void {
  snapshot?.remove();
  snapshot = null;
  if (stateDir && !flags['keep-state']) rmSync(stateDir, { recursive: true, force: true });
  stateDir = null;
}

const watchdog = setTimeout(() => {
  console.error(`\n✗ bench aborted: still running after ${MAX_MS / 1000} s`);
  runAbort.abort(new Error('bench timeout'));
  void stopServer().finally(() => {
    cleanUp();
    process.exit(2);
  });
}, MAX_MS);
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    runAbort.abort(new Error(signal));
    void stopServer().finally(() => {
      cleanUp();
      process.exit(130);
    });
  });

// ---- submissions ----

type Submission = { key: string; body: string };

type Tally = {
  acked: Set<number>;
  statuses: Map<string, number>;
  errorSamples: string[];
  unexpectedDuplicates: number;
  transientRetries: number;
};

const newTally = (): Tally => ({ acked: new Set(), statuses: new Map(), errorSamples: [], unexpectedDuplicates: 0, transientRetries: 0 });
const countStatus = (tally: Tally, status: string) => tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

const TRANSIENT = new Set([502, 503, 504]);

/**
 * One submission, as a careful client sends it: a network failure or a transient 5xx (e.g. wrangler's
 * « worker restarted mid-request ») is retried with the same Idempotency-Key, up to 3 times. The write may
 * have committed before the failure: the retry then comes back 201 `duplicate: true`, and the response
 * counts once. `ms` covers every attempt.
 */
async function post(client: HttpClient, path: string, submission: Submission, tally: Tally) {
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

const duplicateFlag = (body: string): boolean | undefined => {
  try {
    return (JSON.parse(body) as { duplicate?: boolean }).duplicate;
  } catch {
    return undefined;
  }
};

type PhaseResult = {
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
async function runPhase(
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
  return { wallMs, latencies, retryLatencies, retriesSent, retriesDuplicate, ownCpuS: ownCpuSeconds() - cpuBefore, serverCpu: cpuDelta(serverBefore, serverAfter), serverRestarted };
}

type ResultsRead = { rowsRead: number; responses: number; release: number | null; k: number; ms: number };

async function readResults(client: HttpClient, path: string, headers: Record<string, string> = {}): Promise<ResultsRead> {
  const response = await client.json<SurveyResults>(path, { headers, signal: runAbort.signal });
  if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${response.body.slice(0, 300)}`);
  const { responses, release, k } = response.data;
  return { rowsRead: rowsReadFromServerTiming(response.headers['server-timing']), responses, release: release?.number ?? null, k, ms: response.ms };
}

/** Publishes what the survey received, as the hourly job would: the release's time in ms. */
const release = (client: HttpClient, surveyId: string) => releaseOnDemand(client, surveyId, { persistTo: stateDir!, config }, runAbort.signal);

/** Counts straight from the D1 tables (not the tallies), once the server is stopped. */
async function countInD1(persistTo: string, surveyId: string): Promise<{ responses: number; keys: number }> {
  const [row] = await queryLocal<{ responses: number; keys: number }>(
    `SELECT (SELECT COUNT(*) FROM responses WHERE survey_id = '${surveyId}') AS responses, (SELECT COUNT(*) FROM submission_keys WHERE survey_id = '${surveyId}') AS keys`,
    { persistTo, config },
  );
  if (!row) throw new Error('no row from D1');
  return row;
}

/** Votes of a live session in its D1 table (the record the Durable Object writes before acknowledging). */
async function liveVotesInD1(persistTo: string, sessionId: string): Promise<number> {
  const [row] = await queryLocal<{ votes: number }>(`SELECT COUNT(*) AS votes FROM live_votes WHERE session_id = '${sessionId}'`, { persistTo, config });
  return row?.votes ?? 0;
}

/** One query at a time: two `wrangler d1 execute` on the same local file at once can fail with SQLITE_BUSY. */
async function liveVotesStored(liveRuns: LiveRun[]): Promise<number[]> {
  const stored: number[] = [];
  for (const run of liveRuns) stored.push(await liveVotesInD1(stateDir!, run.sessionId));
  return stored;
}

/** The first coordinator of a fresh install, through the one-time setup link: returns a session cookie and the organisation. */
async function setUpCoordinator(client: HttpClient, token: string): Promise<{ cookie: string; orgId: string }> {
  const body = { token, organisation: 'CPTS du banc d’essai', name: 'Bench', email: 'bench@example.org', password: randomBytes(18).toString('base64url') };
  const response = await client.json<Me>('/api/auth/setup', { method: 'POST', body, signal: runAbort.signal });
  if (response.status !== 201) throw new Error(`setup → ${response.status} ${response.body.slice(0, 300)}`);
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = setCookie.map((c) => c.split(';')[0]!).find((c) => /^(__Host-)?pouls_session=/.test(c));
  const orgId = response.data.organisations[0]?.id;
  if (!cookie || !orgId) throw new Error(`setup: no session cookie or organisation in ${JSON.stringify(setCookie)} ${response.body.slice(0, 300)}`);
  return { cookie, orgId };
}

// ---- the scored report ----

type ReportRun = { rowsAt100: number; rowsAtTotal: number; released: number; usable: number | null; releaseMs: number; ms: ReturnType<typeof summarize> };

async function readReport(client: HttpClient, path: string, headers: Record<string, string>) {
  const response = await client.json<SurveyReport>(path, { headers, signal: runAbort.signal });
  if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${response.body.slice(0, 300)}`);
  return { report: response.data, rowsRead: rowsReadFromServerTiming(response.headers['server-timing']), ms: response.ms };
}

/**
 * The « Santé des professionnels » template with scored answers: report rows read at WARMUP and TOTAL
 * scored responses, then REPORT_READS timed reads of the full report (with a breakdown) at TOTAL.
 */
async function runReport(client: HttpClient, admin: Record<string, string>, surveysPath: string, rng: ReturnType<typeof seededRng>, deadline: number): Promise<ReportRun> {
  // An open link (no participation codes), so the bench's clients can answer it.
  const definition = v.parse(SurveyInput, { ...structuredClone(professionalHealth.survey), slug: 'bench-sante', settings: { ...professionalHealth.survey.settings, participationCodes: false } });
  const created = await client.json<Survey>(surveysPath, { method: 'POST', headers: admin, body: definition, signal: runAbort.signal });
  if (created.status !== 201) throw new Error(`creating the health survey → ${created.status} ${created.body.slice(0, 300)}`);
  const id = created.data.id;
  const published = await client.json<Survey>(`${surveysPath}/${id}/publish`, { method: 'POST', headers: admin, signal: runAbort.signal });
  if (published.status !== 200) throw new Error(`publishing the health survey → ${published.status}`);
  const submissions = generateValidAnswers(definition, rng, TOTAL).map((a, i) => ({ key: idempotencyKey('bench-sante', i), body: JSON.stringify({ answers: a }) }));
  const path = `/api/s/${definition.slug}/responses`;
  const reportPath = `${surveysPath}/${id}/report?by=profession`;
  const tally = newTally();
  await runPhase(client, path, submissions, 0, WARMUP, tally, { retryRate: 0, seed: `${flags.seed}:report-warmup`, deadline });
  await release(client, id);
  const at100 = await readReport(client, reportPath, admin);
  log(`report after ${WARMUP} scored responses: ${at100.rowsRead} rows read`);
  await runPhase(client, path, submissions, WARMUP, TOTAL, tally, { retryRate: 0, seed: `${flags.seed}:report`, deadline });
  if (tally.acked.size !== TOTAL) throw new Error(`report phase: ${tally.acked.size}/${TOTAL} acknowledged; ${tally.errorSamples.join(' | ')}`);
  const releaseMs = await release(client, id);
  log(`release of ${TOTAL} scored responses: ${releaseMs.toFixed(0)} ms`);
  const reads = [];
  for (let i = 0; i < REPORT_READS; i++) reads.push(await readReport(client, reportPath, admin));
  const last = reads.at(-1)!;
  log(`report after ${TOTAL} scored responses: ${last.rowsRead} rows read, median ${summarize(reads.map((r) => r.ms)).p50.toFixed(2)} ms`);
  return {
    rowsAt100: at100.rowsRead,
    rowsAtTotal: last.rowsRead,
    released: last.report.participation.released,
    usable: last.report.participation.usable,
    releaseMs,
    ms: summarize(reads.map((r) => r.ms)),
  };
}

// ---- live workshops ----

async function runLive(cookie: string, orgId: string): Promise<LiveRun[]> {
  const liveRuns: LiveRun[] = [];
  const pid = server!.process.pid!;
  for (const participants of LIVE_PARTICIPANTS) {
    log(`live workshop: ${participants} participants vote within 2 s while a projector watches…`);
    const run = await runLiveBench(server!.url, cookie, orgId, participants, runAbort.signal, () => processGroupCpu(pid));
    log(`  ${run.acked} acknowledged, projector p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms${run.errors.length ? `; ${run.errors.join(' | ')}` : ''}`);
    log(`  server CPU per vote: ${liveCpuLine(run)}`);
    liveRuns.push(run);
  }
  return liveRuns;
}

/** Server CPU per vote by process (ms), the figure that load from other work on the machine disturbs least. */
function liveCpuLine(run: LiveRun): string {
  const total = [...run.cpuMsPerVote.values()].reduce((s, x) => s + x, 0);
  const parts = [...run.cpuMsPerVote].filter(([, ms]) => ms >= 0.05).map(([command, ms]) => `${command} ${ms.toFixed(2)}`);
  return `${total.toFixed(2)} ms${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

function liveRows(liveRuns: LiveRun[], liveStored: number[]): Row[] {
  return liveRuns.flatMap((run, i): Row[] => [
    {
      metric: `live_${run.participants} vote→projector`,
      value: `p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms (ack p50 ${run.ackP50.toFixed(1)}, p95 ${run.ackP95.toFixed(1)}; sent over ${(run.sendWindowMs / 1000).toFixed(2)} s)`,
      target: `p95 ≤ ${TARGETS.liveP95Ms}`,
      pass: run.p95 <= TARGETS.liveP95Ms,
      kind: 'perf',
    },
    { metric: `live_${run.participants} server CPU/vote`, value: liveCpuLine(run), target: '(info)', pass: null, kind: 'perf' },
    {
      metric: `live_${run.participants} acked == stored`,
      value: `acked ${run.acked}/${run.participants}, counted ${run.counted}, projector ${run.projected}, D1 ${liveStored[i]}`,
      target: 'all equal',
      pass: run.acked === run.participants && [run.counted, run.projected, liveStored[i]].every((n) => n === run.acked),
      kind: 'check',
    },
  ]);
}

/** `--live-only`: the live runs alone, reported as in the full run (no JSON line). */
async function liveOnly(cookie: string, orgId: string, loadBefore: number): Promise<number> {
  const liveRuns = await runLive(cookie, orgId);
  await stopServer();
  log('server stopped; counting rows in D1…');
  const liveStored = await liveVotesStored(liveRuns);
  console.log('');
  console.log(`load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after, on ${availableParallelism()} CPU(s)`);
  const rows = liveRows(liveRuns, liveStored);
  console.log(formatTable(['metric', 'value', 'target', 'result'], rows.map((r) => [r.metric, r.value, r.target, r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL'])));
  const checksFailed = rows.some((r) => r.kind === 'check' && r.pass === false);
  const targetsMissed = rows.some((r) => r.kind === 'perf' && r.pass === false);
  return checksFailed || (flags.strict && targetsMissed) ? 1 : 0;
}

// ---- the idea box (scripts/lib/ideas-bench.ts) ----

async function runIdeas(cookie: string, orgId: string) {
  log(`idea box: ${IDEAS_DEVICES} devices each support an idea within 10 s while a display polls…`);
  const run = await runIdeasBench(server!.url, cookie, orgId, IDEAS_DEVICES, runAbort.signal);
  log(`  ${run.acked} acknowledged, display p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms${run.errors.length ? `; ${run.errors.join(' | ')}` : ''}`);
  return run;
}

/** `--ideas-only`: the idea box run alone, with its JSON line. */
async function ideasOnly(cookie: string, orgId: string): Promise<number> {
  const run = await runIdeas(cookie, orgId);
  await stopServer();
  log('server stopped; counting rows in D1…');
  const stored = await ideasSupportsStored(run, { persistTo: stateDir!, config });
  const rows = ideasRows(run, stored);
  console.log(formatTable(['metric', 'value', 'target', 'result'], rows.map((r) => [r.metric, r.value, r.target, r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL'])));
  console.log(JSON.stringify(ideasFigures(run, stored)));
  return rows.some((r) => r.kind === 'check' && r.pass === false) || (flags.strict && rows.some((r) => r.pass === false)) ? 1 : 0;
}

// ---- the fault run (scripts/lib/fault-bench.ts) ----

/** Kills wrangler dev outright (a crash, not a shutdown) and starts it again on the same port and D1. */
async function killAndRestart(start: () => Promise<unknown>): Promise<void> {
  const exited = new Promise((done) => server!.process.once('exit', done));
  process.kill(-server!.process.pid!, 'SIGKILL');
  await exited;
  log('  server killed mid-load; starting it again on the same D1…');
  await start();
}

async function runFault(client: HttpClient, admin: Record<string, string>, surveysPath: string, rng: ReturnType<typeof seededRng>, start: () => Promise<unknown>): Promise<FaultRun> {
  const total = Number(flags['fault-total']);
  log(`fault run: ${total} submissions, ~20% cut by the client, each retried until acknowledged; the server is killed halfway…`);
  const options = { client, admin, surveysPath, total, rng, concurrency: CONCURRENCY, abortRate: 0.2, maxAbortMs: 30 };
  const run = await runFaultBench({ ...options, restart: () => killAndRestart(start), signal: runAbort.signal, deadline: startedAt + MAX_MS - 30_000 });
  log(`  ${describeFaultRun(run)}`);
  return run;
}

/** `--fault-only`: the fault run alone, with its JSON line. */
async function faultOnly(run: FaultRun): Promise<number> {
  await stopServer();
  log('server stopped; counting rows in D1…');
  const check = faultCheck(run, await countInD1(stateDir!, run.surveyId));
  console.log(formatTable(['metric', 'value', 'target', 'result'], [[check.metric, check.value, check.target, check.pass ? 'PASS' : 'FAIL']]));
  console.log(JSON.stringify(check.figures));
  return check.pass ? 0 : 1;
}

// ---- the run ----

type Row = { metric: string; value: string; target: string; pass: boolean | null; kind: 'perf' | 'check' };

async function main(): Promise<number> {
  const loadBefore = loadavg()[0]!;
  if (!existsSync(join(ROOT, 'dist/web')) && !flags.dist) throw new MissingBuildError('dist/web does not exist: build the front end first (npm run build)');
  // Served from a frozen copy unless --live-tree: edits under the project during the run would restart the worker.
  if (!flags['live-tree']) snapshot = snapshotProject('bench');
  const serveFrom = snapshot?.dir ?? ROOT;
  const DIST = flags.dist ? resolve(flags.dist) : join(serveFrom, 'dist/web');
  if (!existsSync(DIST)) throw new MissingBuildError(`${DIST} does not exist: build the front end first (npm run build)`);

  // Measured first, so a missing build is reported at once (the server benchmarks still run).
  let bundle: PageBundle | null = null;
  let bundleError = '';
  try {
    bundle = measurePageBundle(DIST, 'respond/index.html');
    log(`respondent page: ${bundle.files.length} JS/CSS file(s), ${bundle.gzipBytes} bytes gzipped`);
    if (bundle.files.length === 0) log('warning: respond/index.html loads no JS or CSS file');
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    bundleError = error.message;
    console.error(`✗ respondent bundle: ${bundleError}`);
  }
  // The idea box's phone page (/b/:slug), held to the same budget as the respondent's.
  let ideasBundle: PageBundle | null = null;
  try {
    ideasBundle = measurePageBundle(DIST, 'ideas/index.html');
    log(`idea box page: ${ideasBundle.files.length} JS/CSS file(s), ${ideasBundle.gzipBytes} bytes gzipped`);
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    console.error(`✗ idea box bundle: ${error.message}`);
  }

  log(`generating ${TOTAL} answer sets (seed "${flags.seed}") and checking them with checkAnswers…`);
  const rng = seededRng(flags.seed);
  // The definition as the worker stores it (defaults filled in), which is what answers are checked against.
  const definition = v.parse(SurveyInput, { ...structuredClone(demoSurvey), slug: 'bench', settings: { ...demoSurvey.settings, resultsVisibility: 'public' } });
  const answers = generateValidAnswers(definition, rng.fork('answers'), TOTAL);
  const keyPrefix = `bench-${flags.seed.replace(/[^A-Za-z0-9_-]/g, '')}`.slice(0, 40);
  const submissions: Submission[] = answers.map((a, i) => ({ key: idempotencyKey(keyPrefix, i), body: JSON.stringify({ answers: a }) }));
  const obstacles = answers.filter((a) => 'obstacles' in a).length;
  const nulls = answers.filter((a) => a.profession === null || a.years === null).length;
  log(`answers ok: ${obstacles} with obstacles, ${nulls} with « préfère ne pas répondre », mean body ${Math.round(submissions.reduce((s, x) => s + x.body.length, 0) / TOTAL)} bytes`);

  stateDir = freshStateDir('bench');
  log(`fresh D1 in ${stateDir}: applying migrations…`);
  config = benchConfig(serveFrom);
  await applyMigrations({ persistTo: stateDir, config }, true);

  // A private dev registry: other `wrangler dev` sessions starting or stopping on this machine
  // (tests, `npm start`) would otherwise make ours reload its worker in the middle of the run.
  process.env.WRANGLER_REGISTRY_PATH = join(stateDir, 'dev-registry');
  const setupToken = await issueSetupToken({ persistTo: stateDir, config });
  if (!setupToken) throw new Error('the fresh D1 already has accounts');

  const port = await freePort();
  log(`starting wrangler dev (${config}) on 127.0.0.1:${port}…`);
  const startServer = async (): Promise<DevServer> => {
    const started = await startDevServer({ port, persistTo: stateDir!, config, cwd: serveFrom, testScheduled: true });
    started.process.stdout?.on('data', (chunk) => (serverOutput = (serverOutput + chunk).slice(-20_000)));
    started.process.stderr?.on('data', (chunk) => (serverOutput = (serverOutput + chunk).slice(-20_000)));
    return (server = started);
  };
  const up = await startServer();
  log(`server up after ${elapsed()}${snapshot ? ` (serving a snapshot of the tree: ${snapshot.dir})` : ' (serving the live tree)'}`);

  const client = createHttpClient(up.url, { maxSockets: CONCURRENCY });
  try {
    const { cookie, orgId } = await setUpCoordinator(client, setupToken);
    const admin = { Cookie: cookie };
    const surveysPath = `/api/orgs/${orgId}/surveys`;
    await setQuietReleaseHour(client, orgId, admin, runAbort.signal);
    log(`coordinator and organisation ${orgId} set up (publishing twelve hours from now: releases come on demand)`);
    if (flags['live-only']) return await liveOnly(cookie, orgId, loadBefore);
    if (flags['ideas-only']) return await ideasOnly(cookie, orgId);
    const faulty = () => runFault(client, admin, surveysPath, rng.fork('fault'), startServer);
    if (flags['fault-only']) return await faultOnly(await faulty());
    const slug = definition.slug;
    const created = await client.json<Survey>(surveysPath, { method: 'POST', headers: admin, body: { ...definition, slug }, signal: runAbort.signal });
    if (created.status !== 201) throw new Error(`creating the survey → ${created.status} ${created.body.slice(0, 300)}`);
    const surveyId = created.data.id;
    const published = await client.json<Survey>(`${surveysPath}/${surveyId}/publish`, { method: 'POST', headers: admin, signal: runAbort.signal });
    if (published.status !== 200 || published.data.status !== 'open') throw new Error(`publishing → ${published.status} ${published.body.slice(0, 300)}`);
    log(`survey "${slug}" (${surveyId}) created and published`);

    const submitPath = `/api/s/${slug}/responses`;
    const resultsPath = `/api/s/${slug}/results`;
    const tally = newTally();
    const deadline = startedAt + MAX_MS - 45_000; // leaves time for the final reads and checks

    log(`warm-up: ${WARMUP} submissions at concurrency ${CONCURRENCY}…`);
    const warm = await runPhase(client, submitPath, submissions, 0, WARMUP, tally, { retryRate: 0, seed: `${flags.seed}:warmup`, deadline });
    if (tally.acked.size !== WARMUP) throw new Error(`warm-up: ${tally.acked.size}/${WARMUP} acknowledged; statuses ${JSON.stringify([...tally.statuses])}; ${tally.errorSamples.join(' | ')}`);
    const releaseAt100 = await release(client, surveyId);
    const at100 = await readResults(client, resultsPath);
    log(`after ${WARMUP}: ${at100.responses} responses in results, ${at100.rowsRead} rows read (warm-up ${(warm.wallMs / 1000).toFixed(1)} s)`);

    log(`measured: submissions ${WARMUP}–${TOTAL} at concurrency ${CONCURRENCY}, ~${RETRY_RATE * 100}% replays of used keys…`);
    const ackedBefore = tally.acked.size;
    const measured = await runPhase(client, submitPath, submissions, WARMUP, TOTAL, tally, { retryRate: RETRY_RATE, seed: `${flags.seed}:measured`, deadline });
    const measuredAcked = tally.acked.size - ackedBefore;
    const stats = summarize(measured.latencies);
    const perSecond = measuredAcked / (measured.wallMs / 1000);
    log(`measured ${measuredAcked} acked in ${(measured.wallMs / 1000).toFixed(2)} s`);

    const releaseAtEnd = await release(client, surveyId);
    const atEnd = await readResults(client, resultsPath);
    const adminRead = await readResults(client, `${surveysPath}/${surveyId}/results`, admin);
    const acked = tally.acked.size;
    log(`releases: ${releaseAt100.toFixed(0)} ms at ${WARMUP} responses, ${releaseAtEnd.toFixed(0)} ms at ${acked}`);
    log(`after ${acked}: ${atEnd.responses} responses in results, ${atEnd.rowsRead} rows read; coordinator results ${adminRead.responses}`);

    log(`scored report: ${TOTAL} responses to « Santé des professionnels » (CBI + WHO-5)…`);
    const reportRun = await runReport(client, admin, surveysPath, rng.fork('report'), deadline);

    const liveRuns = await runLive(cookie, orgId);
    const ideasRun = await runIdeas(cookie, orgId);
    const faultRun = await faulty();

    client.close();
    await stopServer();
    log('server stopped; counting rows in D1…');
    const inD1 = await countInD1(stateDir, surveyId);
    const liveStored = await liveVotesStored(liveRuns);
    const ideasStored = await ideasSupportsStored(ideasRun, { persistTo: stateDir, config });
    const fault = faultCheck(faultRun, await countInD1(stateDir, faultRun.surveyId));

    // ---- report ----
    const cores = availableParallelism();
    const serverCpuTotal = [...measured.serverCpu.values()].reduce((s, x) => s + x, 0);
    const wallS = measured.wallMs / 1000;
    const cpuLine = [...measured.serverCpu].filter(([, s]) => s > 0.05).map(([cmd, s]) => `${cmd} ${s.toFixed(1)} s (${Math.round((100 * s) / wallS)}%)`).join(', ');
    console.log('');
    console.log(`Measured phase: ${measuredAcked} submissions + ${measured.retriesSent} replays in ${wallS.toFixed(2)} s on ${cores} CPU(s)`);
    if (loadBefore > cores / 2) console.log(`  ⚠ the machine was busy before the bench started (load average ${loadBefore.toFixed(2)} on ${cores} CPUs): other processes competed for CPU`);
    console.log(`  latency ms: min ${stats.min.toFixed(2)}  mean ${stats.mean.toFixed(2)}  p50 ${stats.p50.toFixed(2)}  p90 ${stats.p90.toFixed(2)}  p99 ${stats.p99.toFixed(2)}  max ${stats.max.toFixed(2)}`);
    console.log(`  CPU: bench client ${measured.ownCpuS.toFixed(1)} s (${Math.round((100 * measured.ownCpuS) / wallS)}%), server ${serverCpuTotal.toFixed(1)} s (${Math.round((100 * serverCpuTotal) / wallS)}%)${cpuLine ? `: ${cpuLine}` : ''}`);
    console.log(`  statuses: ${[...tally.statuses].map(([s, n]) => `${s}×${n}`).join(', ')}${tally.transientRetries ? `; retried after a network error or transient 5xx: ${tally.transientRetries}` : ''}`);
    if (tally.errorSamples.length) console.log(`  errors: ${tally.errorSamples.join(' | ')}`);
    const reloaded = warm.serverRestarted || measured.serverRestarted;
    if (reloaded) console.log('  ⚠ wrangler dev reloaded the worker during the run (a file under the project changed): figures are disturbed, run again on a quiet tree');
    console.log(`  results read: ${at100.ms.toFixed(1)} ms at ${at100.responses} responses, ${atEnd.ms.toFixed(1)} ms at ${atEnd.responses}`);
    if (bundle) console.log(`  respondent page: ${bundle.files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ') || 'no JS/CSS'}`);
    if (ideasBundle) console.log(`  idea box page: ${ideasBundle.files.map((f) => `${f.file} ${f.gzipBytes} B`).join(', ') || 'no JS/CSS'}`);
    console.log('');

    const rowsGrowth = at100.rowsRead > 0 ? atEnd.rowsRead / at100.rowsRead : Number.POSITIVE_INFINITY;
    const responsesGrowth = atEnd.responses / Math.max(1, at100.responses);
    const complete = acked === TOTAL;
    const rows: Row[] = [
      { metric: 'submissions_per_s', value: perSecond.toFixed(1), target: `≥ ${TARGETS.submissionsPerS}`, pass: perSecond >= TARGETS.submissionsPerS, kind: 'perf' },
      { metric: 'submit_p50_ms', value: stats.p50.toFixed(2), target: '(info)', pass: null, kind: 'perf' },
      { metric: 'submit_p99_ms', value: stats.p99.toFixed(2), target: `≤ ${TARGETS.p99Ms}`, pass: stats.p99 <= TARGETS.p99Ms, kind: 'perf' },
      { metric: `results_rows_read_${WARMUP}`, value: String(at100.rowsRead), target: '(baseline)', pass: null, kind: 'perf' },
      {
        metric: `results_rows_read_${TOTAL}`,
        value: `${atEnd.rowsRead} (×${rowsGrowth.toFixed(2)} for ×${responsesGrowth.toFixed(0)} responses)`,
        target: `≤ ${TARGETS.rowsGrowthMax}× rows@${WARMUP}, not ∝ responses`,
        pass: rowsGrowth <= TARGETS.rowsGrowthMax,
        kind: 'perf',
      },
      {
        metric: 'respondent_js_css_gzip_bytes',
        value: bundle ? String(bundle.gzipBytes) : 'missing build',
        target: `≤ ${TARGETS.bundleGzipBytes}`,
        pass: bundle ? bundle.gzipBytes <= TARGETS.bundleGzipBytes : false,
        kind: bundle ? 'perf' : 'check',
      },
      {
        metric: 'ideas_js_css_gzip_bytes',
        value: ideasBundle ? String(ideasBundle.gzipBytes) : 'missing build',
        target: `≤ ${TARGETS.bundleGzipBytes}`,
        pass: ideasBundle ? ideasBundle.gzipBytes <= TARGETS.bundleGzipBytes : false,
        kind: ideasBundle ? 'perf' : 'check',
      },
      {
        metric: 'acked == stored',
        value: `acked ${acked}, results ${atEnd.responses}, coordinator results ${adminRead.responses}, D1 responses ${inD1.responses}, keys ${inD1.keys}`,
        target: 'all equal',
        pass: [atEnd.responses, adminRead.responses, inD1.responses, inD1.keys].every((n) => n === acked),
        kind: 'check',
      },
      {
        metric: 'replays → 201 duplicate',
        value: `${measured.retriesDuplicate}/${measured.retriesSent}${tally.unexpectedDuplicates ? `, ${tally.unexpectedDuplicates} fresh keys flagged duplicate` : ''}`,
        target: 'all, none counted twice',
        pass: measured.retriesDuplicate === measured.retriesSent && measured.retriesSent > 0 && tally.unexpectedDuplicates === 0,
        kind: 'check',
      },
      {
        // Results are releases (worker/services/make-release.ts): the last one, made once all were in, holds every response.
        metric: 'results describe the last release',
        value: `release ${atEnd.release}: ${atEnd.responses} responses`,
        target: `release 2: ${acked}`,
        pass: atEnd.release === 2 && atEnd.responses === acked,
        kind: 'check',
      },
      { metric: `release_ms_${WARMUP}`, value: releaseAt100.toFixed(0), target: '(info)', pass: null, kind: 'perf' },
      { metric: `release_ms_${TOTAL}`, value: releaseAtEnd.toFixed(0), target: '(info: reads every raw response, daily at most)', pass: null, kind: 'perf' },
      { metric: `report_release_ms_${TOTAL}`, value: reportRun.releaseMs.toFixed(0), target: '(info)', pass: null, kind: 'perf' },
      { metric: 'submissions acknowledged', value: `${acked}/${TOTAL}`, target: `all ${TOTAL} (201)`, pass: complete, kind: 'check' },
      {
        metric: `report_ms_${TOTAL}`,
        value: `${reportRun.ms.p50.toFixed(2)} (median of ${REPORT_READS}; p90 ${reportRun.ms.p90.toFixed(2)}, min ${reportRun.ms.min.toFixed(2)})`,
        target: `≤ ${TARGETS.reportMs}`,
        pass: reportRun.ms.p50 <= TARGETS.reportMs,
        kind: 'perf',
      },
      { metric: `report_rows_read_${WARMUP}`, value: String(reportRun.rowsAt100), target: '(baseline)', pass: null, kind: 'perf' },
      {
        metric: `report_rows_read_${TOTAL}`,
        value: String(reportRun.rowsAtTotal),
        target: `≤ ${TARGETS.rowsGrowthMax}× rows@${WARMUP}`,
        pass: reportRun.rowsAtTotal <= TARGETS.rowsGrowthMax * reportRun.rowsAt100,
        kind: 'perf',
      },
      {
        metric: 'report describes every scored response',
        value: `released ${reportRun.released}, usable ${reportRun.usable}`,
        target: `released ${TOTAL}`,
        pass: reportRun.released === TOTAL,
        kind: 'check',
      },
      ...liveRows(liveRuns, liveStored),
      ...ideasRows(ideasRun, ideasStored),
      { ...fault, kind: 'check' },
    ];
    console.log(
      formatTable(
        ['metric', 'value', 'target', 'result'],
        rows.map((r) => [r.metric, r.value, r.target, r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL']),
      ),
    );
    if (flags['keep-state']) console.log(`\nkept the bench D1 in ${stateDir}`);
    if (reloaded) console.log('\n⚠ wrangler dev reloaded the worker during the run: figures are disturbed');
    if (bundleError) console.log(`\n✗ respondent bundle not measured: ${bundleError}`);
    if (!complete) console.log(`\n✗ only ${acked}/${TOTAL} submissions acknowledged (time bound or errors): rows_read_${TOTAL} is measured at ${atEnd.responses}`);

    console.log(
      JSON.stringify({
        submissions_per_s: round(perSecond, 1),
        submit_p50_ms: round(stats.p50, 2),
        submit_p99_ms: round(stats.p99, 2),
        results_rows_read_100: at100.rowsRead,
        results_rows_read_10000: atEnd.rowsRead,
        respondent_js_css_gzip_bytes: bundle ? bundle.gzipBytes : null,
        ideas_js_css_gzip_bytes: ideasBundle ? ideasBundle.gzipBytes : null,
        release_ms_100: round(releaseAt100, 0),
        release_ms_10000: round(releaseAtEnd, 0),
        report_release_ms_10000: round(reportRun.releaseMs, 0),
        report_ms_10000: round(reportRun.ms.p50, 2),
        report_rows_read_100: reportRun.rowsAt100,
        report_rows_read_10000: reportRun.rowsAtTotal,
        live_p50_ms: round(liveRuns.at(-1)!.p50, 1),
        live_p95_ms: round(liveRuns.at(-1)!.p95, 1),
        live_votes_acked: liveRuns.at(-1)!.acked,
        live_votes_stored: liveStored.at(-1),
        ...ideasFigures(ideasRun, ideasStored),
        ...fault.figures,
      }),
    );
    const checksFailed = rows.some((r) => r.kind === 'check' && r.pass === false);
    const targetsMissed = rows.some((r) => r.kind === 'perf' && r.pass === false);
    return checksFailed || (flags.strict && targetsMissed) ? 1 : 0;
  } finally {
    client.close();
  }
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (!runAbort.signal.aborted) {
    console.error(`\n✗ bench failed after ${elapsed()}: ${error instanceof Error ? error.message : String(error)}`);
    if (!(error instanceof MissingBuildError) && error instanceof Error && error.stack) console.error(error.stack.split('\n').slice(1, 6).join('\n'));
    if (serverOutput.trim()) console.error(`\nwrangler dev output (tail):\n${serverOutput.slice(-3_000)}`);
  }
} finally {
  await stopServer();
  cleanUp();
  clearTimeout(watchdog);
}
process.exit(exitCode);
