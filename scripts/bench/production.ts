/**
 * Production figures: the built worker on workerd without the dev proxy (./workerd.ts), on the bench's D1.
 * On that one socket: the no-op floor, demo submissions (rate, latency, CPU and D1 rows written each), the
 * respondent's real path on « Santé des professionnels » (GET the definition as the page does, then POST),
 * and the CPU of each of its requests alone. CPU is the workerd process's (worker + D1), from /proc.
 */
import * as v from 'valibot';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { generateValidAnswers, idempotencyKey } from '../lib/answers.ts';
import { createHttpClient, rowsReadFromServerTiming, type HttpClient } from '../lib/http.ts';
import type { seededRng } from '../lib/prng.ts';
import { summarize } from '../lib/stats.ts';
import { CONCURRENCY, log, runAbort } from './context.ts';
import { newTally, runPhase, type Submission } from './submit.ts';
import type { WorkerdServer } from './workerd.ts';

/** Requests per measured phase: enough for steady figures and CPU ticks (10 ms), short enough for a busy machine. */
const NOOP_REQUESTS = 4_000;
const SUBMISSIONS = 2_000;
const RESPONDENTS = 1_000;
const WARMUP = 200;
/** The floor: a route that touches neither D1 nor the session (the health check, as production serves it). */
export const NOOP_PATH = '/livez';

export type ProductionRun = {
  noopPerS: number;
  noopCpuMs: number;
  submissionsPerS: number;
  submit: ReturnType<typeof summarize>;
  submitCpuMs: number;
  submitRowsWritten: number;
  submitRowsRead: number;
  pathPerS: number;
  path: ReturnType<typeof summarize>;
  pathCpuMs: number;
  scoredSubmitCpuMs: number;
  scoredRowsWritten: number;
  definitionCpuMs: number;
  definitionRevalidatedCpuMs: number;
  /** Whether the definition answered 304 to its own ETag (the respondent's browser revalidating). */
  definitionRevalidates: boolean;
  errors: string[];
};

/** `count` tasks over CONCURRENCY workers: wall time and each task's ms. */
async function closedLoop(count: number, task: (index: number) => Promise<number>): Promise<{ wallMs: number; ms: number[] }> {
  const ms: number[] = [];
  let cursor = 0;
  const worker = async () => {
    while (cursor < count && !runAbort.signal.aborted) ms.push(await task(cursor++));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { wallMs: performance.now() - started, ms };
}

/** Runs `work` and returns it with the workerd CPU it cost, in ms per `units`. */
async function cpuPer<T>(server: WorkerdServer, units: () => number, work: () => Promise<T>): Promise<T & { cpuMs: number }> {
  const before = server.cpuSeconds();
  const result = await work();
  return { ...result, cpuMs: ((server.cpuSeconds() - before) * 1000) / Math.max(1, units()) };
}

/** Row counts from Server-Timing, NaN where the worker does not report them (one built before they were). */
const rowsWritten = (header: string | string[] | undefined): number => Number(/d1-rows-written;desc="?(\d+)"?/.exec(String(header ?? ''))?.[1] ?? Number.NaN);
const rowsRead = (header: string | string[] | undefined): number =>
  /d1-rows;desc=/.test(String(header ?? '')) ? rowsReadFromServerTiming(header) : Number.NaN;

async function createOpenSurvey(client: HttpClient, admin: Record<string, string>, surveysPath: string, input: unknown): Promise<SurveyInput & { id: string }> {
  const definition = v.parse(SurveyInput, input);
  const created = await client.json<Survey>(surveysPath, { method: 'POST', headers: admin, body: definition, signal: runAbort.signal });
  if (created.status !== 201) throw new Error(`creating ${definition.slug} → ${created.status} ${created.body.slice(0, 300)}`);
  const published = await client.json<Survey>(`${surveysPath}/${created.data.id}/publish`, { method: 'POST', headers: admin, signal: runAbort.signal });
  if (published.status !== 200) throw new Error(`publishing ${definition.slug} → ${published.status}`);
  return { ...definition, id: created.data.id };
}

/** D1 rows written and read per submission (medians), from Server-Timing on a few sequential ones. */
async function sampleRows(client: HttpClient, path: string, submissions: Submission[]): Promise<{ written: number; read: number }> {
  const written: number[] = [];
  const read: number[] = [];
  for (const submission of submissions) {
    const response = await client.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.key },
      body: submission.body,
      signal: runAbort.signal,
    });
    if (response.status !== 201) continue;
    written.push(rowsWritten(response.headers['server-timing']));
    read.push(rowsRead(response.headers['server-timing']));
  }
  return { written: summarize(written).p50, read: summarize(read).p50 };
}

export async function runProduction(
  server: WorkerdServer,
  admin: Record<string, string>,
  orgId: string,
  rng: ReturnType<typeof seededRng>,
): Promise<ProductionRun & { pathSlug: string }> {
  const client = createHttpClient(server.url, { maxSockets: CONCURRENCY });
  const errors: string[] = [];
  const deadline = Number.POSITIVE_INFINITY; // the whole run's watchdog bounds it
  try {
    const surveysPath = `/api/orgs/${orgId}/surveys`;
    for (let i = 0; i < 300; i++) await client.request(NOOP_PATH, { signal: runAbort.signal }); // JIT, sockets
    const noop = await cpuPer(
      server,
      () => NOOP_REQUESTS,
      () =>
        closedLoop(NOOP_REQUESTS, async () => {
          const response = await client.request(NOOP_PATH, { signal: runAbort.signal });
          if (response.status !== 200 && errors.length < 5) errors.push(`noop → ${response.status}`);
          return response.ms;
        }),
    );
    const noopPerS = NOOP_REQUESTS / (noop.wallMs / 1000);
    log(`  no-op ${NOOP_PATH}: ${noopPerS.toFixed(0)}/s, ${noop.cpuMs.toFixed(2)} ms CPU each (workerd's HTTP and routing floor)`);

    // Demo submissions, as in the wrangler dev run.
    const demo = await createOpenSurvey(client, admin, surveysPath, { ...structuredClone(demoSurvey), slug: 'bench-direct' });
    const demoPath = `/api/s/${demo.slug}/responses`;
    const demoSubmissions = generateValidAnswers(demo, rng.fork('demo'), WARMUP + SUBMISSIONS + 20).map((a, i) => ({
      key: idempotencyKey('bench-direct', i),
      body: JSON.stringify({ answers: a }),
    }));
    const tally = newTally();
    await runPhase(client, demoPath, demoSubmissions, 0, WARMUP, tally, { retryRate: 0, seed: 'direct-warmup', deadline });
    const ackedBefore = tally.acked.size;
    const submitted = await cpuPer(
      server,
      () => tally.acked.size - ackedBefore,
      () => runPhase(client, demoPath, demoSubmissions, WARMUP, WARMUP + SUBMISSIONS, tally, { retryRate: 0, seed: 'direct', deadline }),
    );
    const submissionsPerS = (tally.acked.size - ackedBefore) / (submitted.wallMs / 1000);
    if (tally.acked.size !== WARMUP + SUBMISSIONS)
      errors.push(`submissions: ${tally.acked.size}/${WARMUP + SUBMISSIONS} acknowledged; ${tally.errorSamples.join(' | ')}`);
    const submitRows = await sampleRows(client, demoPath, demoSubmissions.slice(WARMUP + SUBMISSIONS));
    log(
      `  submissions: ${submissionsPerS.toFixed(0)}/s, ${submitted.cpuMs.toFixed(2)} ms CPU, ${submitRows.written} D1 rows written and ${submitRows.read} read each`,
    );

    // The respondent's path on the scored template: the definition as the page asks for it, then the answers.
    const health = await createOpenSurvey(client, admin, surveysPath, {
      ...structuredClone(professionalHealth.survey),
      slug: 'bench-path',
      settings: { ...professionalHealth.survey.settings, participationCodes: false },
    });
    const definitionPath = `/api/s/${health.slug}`;
    const healthPath = `${definitionPath}/responses`;
    const scored = generateValidAnswers(health, rng.fork('health'), WARMUP + 2 * RESPONDENTS + 20).map((a, i) => ({
      key: idempotencyKey('bench-path', i),
      body: JSON.stringify({ answers: a }),
    }));
    const getDefinition = (headers: Record<string, string> = {}) =>
      client.request(definitionPath, { headers: { Accept: '*/*', 'Accept-Language': 'fr', ...headers }, signal: runAbort.signal });
    const respond = async (index: number) => {
      const started = performance.now();
      const definition = await getDefinition();
      if (definition.status !== 200 && errors.length < 5) errors.push(`definition → ${definition.status}`);
      const response = await client.request(healthPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'fr', 'Idempotency-Key': scored[index]!.key },
        body: scored[index]!.body,
        signal: runAbort.signal,
      });
      if (response.status !== 201 && errors.length < 5) errors.push(`respondent → ${response.status} ${response.body.slice(0, 200)}`);
      return performance.now() - started;
    };
    await closedLoop(WARMUP, (i) => respond(i));
    const path = await cpuPer(
      server,
      () => RESPONDENTS,
      () => closedLoop(RESPONDENTS, (i) => respond(WARMUP + i)),
    );
    const pathPerS = RESPONDENTS / (path.wallMs / 1000);
    log(`  respondent path (GET + POST): ${pathPerS.toFixed(0)} respondents/s, ${path.cpuMs.toFixed(2)} ms CPU each`);

    // Each request of that path alone.
    const scoredTally = newTally();
    const from = WARMUP + RESPONDENTS;
    const scoredRun = await cpuPer(
      server,
      () => scoredTally.acked.size,
      () => runPhase(client, healthPath, scored, from, from + RESPONDENTS, scoredTally, { retryRate: 0, seed: 'scored', deadline }),
    );
    const scoredRows = await sampleRows(client, healthPath, scored.slice(from + RESPONDENTS));
    const definitions = await cpuPer(
      server,
      () => RESPONDENTS,
      () => closedLoop(RESPONDENTS, async () => (await getDefinition()).ms),
    );
    const etag = String((await getDefinition()).headers.etag ?? '');
    const definitionRevalidates = etag !== '' && (await getDefinition({ 'If-None-Match': etag })).status === 304;
    const revalidated = await cpuPer(
      server,
      () => RESPONDENTS,
      () => closedLoop(RESPONDENTS, async () => (await getDefinition(etag ? { 'If-None-Match': etag } : {})).ms),
    );
    log(
      `  CPU each: scored submission ${scoredRun.cpuMs.toFixed(2)} ms, definition ${definitions.cpuMs.toFixed(2)} ms, revalidated definition ${revalidated.cpuMs.toFixed(2)} ms${definitionRevalidates ? ' (304)' : ' (no 304: full body)'}`,
    );

    return {
      noopPerS,
      noopCpuMs: noop.cpuMs,
      submissionsPerS,
      submit: summarize(submitted.latencies),
      submitCpuMs: submitted.cpuMs,
      submitRowsWritten: submitRows.written,
      submitRowsRead: submitRows.read,
      pathPerS,
      path: summarize(path.ms),
      pathCpuMs: path.cpuMs,
      scoredSubmitCpuMs: scoredRun.cpuMs,
      scoredRowsWritten: scoredRows.written,
      definitionCpuMs: definitions.cpuMs,
      definitionRevalidatedCpuMs: revalidated.cpuMs,
      definitionRevalidates,
      errors,
      pathSlug: health.slug,
    };
  } finally {
    client.close();
  }
}
