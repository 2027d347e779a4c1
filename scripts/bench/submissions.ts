/**
 * The demo survey's submissions through wrangler dev: WARMUP of them, a release and the results read, then the rest
 * with ~RETRY_RATE replays of used keys, a release and the results read again; acked checked against the results,
 * the coordinator's results and (once the server stops) the D1 tables.
 */
import { availableParallelism } from 'node:os';
import * as v from 'valibot';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { generateValidAnswers, idempotencyKey } from '../lib/answers.ts';
import type { HttpClient } from '../lib/http.ts';
import type { seededRng } from '../lib/prng.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import { CONCURRENCY, flags, log, RETRY_RATE, runAbort, TARGETS, TOTAL, WARMUP, type Row } from './context.ts';
import { newTally, readResults, release, runPhase, type PhaseResult, type ResultsRead, type Submission, type Tally } from './submit.ts';

export type DemoSubmissions = { definition: SurveyInput; submissions: Submission[] };

/** TOTAL answer sets to the demo survey, generated up front and checked with checkAnswers. */
export function demoSubmissions(rng: ReturnType<typeof seededRng>): DemoSubmissions {
  log(`generating ${TOTAL} answer sets (seed "${flags.seed}") and checking them with checkAnswers…`);
  // The definition as the worker stores it (defaults filled in), which is what answers are checked against.
  const definition = v.parse(SurveyInput, { ...structuredClone(demoSurvey), slug: 'bench', settings: { ...demoSurvey.settings, resultsVisibility: 'public' } });
  const answers = generateValidAnswers(definition, rng, TOTAL);
  const keyPrefix = `bench-${flags.seed.replace(/[^A-Za-z0-9_-]/g, '')}`.slice(0, 40);
  const submissions: Submission[] = answers.map((a, i) => ({ key: idempotencyKey(keyPrefix, i), body: JSON.stringify({ answers: a }) }));
  const obstacles = answers.filter((a) => 'obstacles' in a).length;
  const nulls = answers.filter((a) => a.profession === null || a.years === null).length;
  log(
    `answers ok: ${obstacles} with obstacles, ${nulls} with « préfère ne pas répondre », mean body ${Math.round(submissions.reduce((s, x) => s + x.body.length, 0) / TOTAL)} bytes`,
  );
  return { definition, submissions };
}

export type SubmissionsRun = {
  surveyId: string;
  tally: Tally;
  warm: PhaseResult;
  measured: PhaseResult;
  measuredAcked: number;
  latency: Summary;
  perSecond: number;
  releaseAt100: number;
  releaseAtEnd: number;
  at100: ResultsRead;
  atEnd: ResultsRead;
  adminRead: ResultsRead;
};

export async function runSubmissions(
  client: HttpClient,
  admin: Record<string, string>,
  surveysPath: string,
  { definition, submissions }: DemoSubmissions,
  deadline: number,
): Promise<SubmissionsRun> {
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

  log(`warm-up: ${WARMUP} submissions at concurrency ${CONCURRENCY}…`);
  const warm = await runPhase(client, submitPath, submissions, 0, WARMUP, tally, { retryRate: 0, seed: `${flags.seed}:warmup`, deadline });
  if (tally.acked.size !== WARMUP)
    throw new Error(`warm-up: ${tally.acked.size}/${WARMUP} acknowledged; statuses ${JSON.stringify([...tally.statuses])}; ${tally.errorSamples.join(' | ')}`);
  const releaseAt100 = await release(client, surveyId);
  const at100 = await readResults(client, resultsPath);
  log(`after ${WARMUP}: ${at100.responses} responses in results, ${at100.rowsRead} rows read (warm-up ${(warm.wallMs / 1000).toFixed(1)} s)`);

  log(`measured: submissions ${WARMUP}–${TOTAL} at concurrency ${CONCURRENCY}, ~${RETRY_RATE * 100}% replays of used keys…`);
  const ackedBefore = tally.acked.size;
  const measured = await runPhase(client, submitPath, submissions, WARMUP, TOTAL, tally, { retryRate: RETRY_RATE, seed: `${flags.seed}:measured`, deadline });
  const measuredAcked = tally.acked.size - ackedBefore;
  log(`measured ${measuredAcked} acked in ${(measured.wallMs / 1000).toFixed(2)} s`);

  const releaseAtEnd = await release(client, surveyId);
  const atEnd = await readResults(client, resultsPath);
  const adminRead = await readResults(client, `${surveysPath}/${surveyId}/results`, admin);
  log(`releases: ${releaseAt100.toFixed(0)} ms at ${WARMUP} responses, ${releaseAtEnd.toFixed(0)} ms at ${tally.acked.size}`);
  log(`after ${tally.acked.size}: ${atEnd.responses} responses in results, ${atEnd.rowsRead} rows read; coordinator results ${adminRead.responses}`);
  const latency = summarize(measured.latencies);
  const perSecond = measuredAcked / (measured.wallMs / 1000);
  return { surveyId, tally, warm, measured, measuredAcked, latency, perSecond, releaseAt100, releaseAtEnd, at100, atEnd, adminRead };
}

/** wrangler dev reloaded the worker during a phase (a file under the project changed). */
export const reloaded = ({ warm, measured }: SubmissionsRun) => warm.serverRestarted || measured.serverRestarted;

/** The measured phase in prose: latency, the CPU of the client and of each server process, statuses. */
export function printMeasuredPhase(run: SubmissionsRun, loadBefore: number): void {
  const { measured, tally, latency: l, at100, atEnd } = run;
  const cores = availableParallelism();
  const serverCpuTotal = [...measured.serverCpu.values()].reduce((s, x) => s + x, 0);
  const wallS = measured.wallMs / 1000;
  const cpuLine = [...measured.serverCpu]
    .filter(([, s]) => s > 0.05)
    .map(([cmd, s]) => `${cmd} ${s.toFixed(1)} s (${Math.round((100 * s) / wallS)}%)`)
    .join(', ');
  console.log('');
  console.log(`Measured phase: ${run.measuredAcked} submissions + ${measured.retriesSent} replays in ${wallS.toFixed(2)} s on ${cores} CPU(s)`);
  if (loadBefore > cores / 2)
    console.log(`  ⚠ the machine was busy before the bench started (load average ${loadBefore.toFixed(2)} on ${cores} CPUs): other processes competed for CPU`);
  console.log(
    `  latency ms: min ${l.min.toFixed(2)}  mean ${l.mean.toFixed(2)}  p50 ${l.p50.toFixed(2)}  p90 ${l.p90.toFixed(2)}  p99 ${l.p99.toFixed(2)}  max ${l.max.toFixed(2)}`,
  );
  console.log(
    `  CPU: bench client ${measured.ownCpuS.toFixed(1)} s (${Math.round((100 * measured.ownCpuS) / wallS)}%), server ${serverCpuTotal.toFixed(1)} s (${Math.round((100 * serverCpuTotal) / wallS)}%)${cpuLine ? `: ${cpuLine}` : ''}`,
  );
  console.log(
    `  statuses: ${[...tally.statuses].map(([s, n]) => `${s}×${n}`).join(', ')}${tally.transientRetries ? `; retried after a network error or transient 5xx: ${tally.transientRetries}` : ''}`,
  );
  if (tally.errorSamples.length) console.log(`  errors: ${tally.errorSamples.join(' | ')}`);
  if (reloaded(run))
    console.log('  ⚠ wrangler dev reloaded the worker during the run (a file under the project changed): figures are disturbed, run again on a quiet tree');
  console.log(`  results read: ${at100.ms.toFixed(1)} ms at ${at100.responses} responses, ${atEnd.ms.toFixed(1)} ms at ${atEnd.responses}`);
}

export function submissionsRows(run: SubmissionsRun, inD1: { responses: number; keys: number }): Row[] {
  const { measured, tally, at100, atEnd, adminRead } = run;
  const acked = tally.acked.size;
  const rowsGrowth = at100.rowsRead > 0 ? atEnd.rowsRead / at100.rowsRead : Number.POSITIVE_INFINITY;
  const responsesGrowth = atEnd.responses / Math.max(1, at100.responses);
  return [
    {
      metric: 'dev_submissions_per_s (wrangler dev)',
      value: run.perSecond.toFixed(1),
      target: `(info: its proxy caps it; was ≥ ${TARGETS.submissionsPerS})`,
      pass: null,
      kind: 'perf',
    },
    { metric: 'dev_submit_p50_ms (wrangler dev)', value: run.latency.p50.toFixed(2), target: '(info)', pass: null, kind: 'perf' },
    { metric: 'dev_submit_p99_ms (wrangler dev)', value: run.latency.p99.toFixed(2), target: `(info: was ≤ ${TARGETS.p99Ms})`, pass: null, kind: 'perf' },
    { metric: `results_rows_read_${WARMUP}`, value: String(at100.rowsRead), target: '(baseline)', pass: null, kind: 'perf' },
    {
      metric: `results_rows_read_${TOTAL}`,
      value: `${atEnd.rowsRead} (×${rowsGrowth.toFixed(2)} for ×${responsesGrowth.toFixed(0)} responses)`,
      target: `≤ ${TARGETS.rowsGrowthMax}× rows@${WARMUP}, not ∝ responses`,
      pass: rowsGrowth <= TARGETS.rowsGrowthMax,
      kind: 'perf',
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
    { metric: `release_ms_${WARMUP}`, value: run.releaseAt100.toFixed(0), target: '(info)', pass: null, kind: 'perf' },
    { metric: `release_ms_${TOTAL}`, value: run.releaseAtEnd.toFixed(0), target: '(info: reads every raw response, daily at most)', pass: null, kind: 'perf' },
    { metric: 'submissions acknowledged', value: `${acked}/${TOTAL}`, target: `all ${TOTAL} (201)`, pass: acked === TOTAL, kind: 'check' },
  ];
}
