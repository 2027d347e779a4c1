/**
 * The production figures' run and how they read: the built worker on workerd (./workerd.ts) once wrangler dev
 * has stopped, on the same D1; the socket's figures (./production.ts) and the throttled phone (./first-question.ts),
 * each beside the issue's target as a `*_target_met` boolean.
 */
import { join } from 'node:path';
import { freePort } from '../lib/proc.ts';
import type { seededRng } from '../lib/prng.ts';
import { round } from '../lib/stats.ts';
import { config, log, printRows, stopAlongside, stopServer, verdict, type Row } from './context.ts';
import { measureFirstQuestion, type FirstQuestionRun } from './first-question.ts';
import { NOOP_PATH, runProduction, type ProductionRun } from './production.ts';
import { bundleWorker, startWorkerd } from './workerd.ts';

/** Issue 14's targets at concurrency 16 on this 2-core machine, without the dev proxy. */
export const PRODUCTION_TARGETS = {
  submitCpuMs: 1.5,
  submissionsVsNoop: 0.6,
  submitP99Ms: 50,
  pathVsNoop: 0.35,
  scoredSubmitCpuMs: 2.5,
  firstQuestionMs: 700,
};

export type WithoutProxy = { run: ProductionRun; firstQuestion: FirstQuestionRun };

export async function runWithoutProxy(
  persistTo: string,
  admin: Record<string, string>,
  orgId: string,
  rng: ReturnType<typeof seededRng>,
): Promise<WithoutProxy> {
  log('without the dev proxy: bundling the worker (wrangler deploy --dry-run) and serving it on workerd through Miniflare…');
  const scriptPath = await bundleWorker(config, join(persistTo, 'bundle'));
  const server = await startWorkerd({ config, scriptPath, persistTo, port: await freePort() });
  const forget = stopAlongside(server.stop);
  try {
    log(`  workerd on ${server.url}, same D1`);
    const run = await runProduction(server, admin, orgId, rng);
    log('  a throttled phone opens the survey link (Chromium, 150 ms RTT, 1.6 Mbit/s, CPU ×4, 3 cold loads)…');
    const firstQuestion = await measureFirstQuestion(server.url, run.pathSlug);
    if ('skipped' in firstQuestion) log(`  skipped: ${firstQuestion.skipped}`);
    else
      log(
        `  first question after ${firstQuestion.loads.map((ms) => ms.toFixed(0)).join(', ')} ms; definition requests per load: ${firstQuestion.definitionRequests.join(', ')}`,
      );
    return { run, firstQuestion };
  } finally {
    forget();
    await server.stop();
  }
}

const firstQuestionMs = ({ firstQuestion }: WithoutProxy) => ('skipped' in firstQuestion ? null : firstQuestion.ms);

/** Each target, met or not, from the figures: never assumed. */
export function targetsMet({ run, ...rest }: WithoutProxy) {
  const firstQuestion = firstQuestionMs({ run, ...rest });
  return {
    submit_cpu_ms_target_met: run.submitCpuMs <= PRODUCTION_TARGETS.submitCpuMs,
    submissions_per_s_target_met: run.submissionsPerS >= PRODUCTION_TARGETS.submissionsVsNoop * run.noopPerS,
    submit_p99_ms_target_met: run.submit.p99 <= PRODUCTION_TARGETS.submitP99Ms,
    respondent_path_per_s_target_met: run.pathPerS >= PRODUCTION_TARGETS.pathVsNoop * run.noopPerS,
    scored_submit_cpu_ms_target_met: run.scoredSubmitCpuMs <= PRODUCTION_TARGETS.scoredSubmitCpuMs,
    respondent_first_question_ms_target_met: firstQuestion !== null && firstQuestion <= PRODUCTION_TARGETS.firstQuestionMs,
  };
}

/** The JSON line's production keys. */
export function productionFigures(result: WithoutProxy) {
  const { run } = result;
  return {
    noop_per_s: round(run.noopPerS, 0),
    noop_cpu_ms: round(run.noopCpuMs, 2),
    submissions_per_s: round(run.submissionsPerS, 1),
    submit_p50_ms: round(run.submit.p50, 2),
    submit_p99_ms: round(run.submit.p99, 2),
    submit_cpu_ms: round(run.submitCpuMs, 2),
    submit_rows_written: run.submitRowsWritten,
    submit_rows_read: run.submitRowsRead,
    respondent_path_per_s: round(run.pathPerS, 1),
    respondent_path_p50_ms: round(run.path.p50, 2),
    respondent_path_p99_ms: round(run.path.p99, 2),
    respondent_path_cpu_ms: round(run.pathCpuMs, 2),
    scored_submit_cpu_ms: round(run.scoredSubmitCpuMs, 2),
    scored_submit_rows_written: run.scoredRowsWritten,
    definition_cpu_ms: round(run.definitionCpuMs, 2),
    definition_304_cpu_ms: run.definitionRevalidates ? round(run.definitionRevalidatedCpuMs, 2) : null,
    respondent_first_question_ms: firstQuestionMs(result) === null ? null : round(firstQuestionMs(result)!, 0),
    ...targetsMet(result),
  };
}

export function productionRows(result: WithoutProxy): Row[] {
  const { run } = result;
  const met = targetsMet(result);
  const firstQuestion = firstQuestionMs(result);
  const t = PRODUCTION_TARGETS;
  return [
    {
      metric: 'noop_per_s (workerd, no proxy)',
      value: `${run.noopPerS.toFixed(0)} (GET ${NOOP_PATH}, ${run.noopCpuMs.toFixed(2)} ms CPU each)`,
      target: '(floor)',
      pass: null,
      kind: 'perf',
    },
    {
      metric: 'submissions_per_s (no proxy)',
      value: run.submissionsPerS.toFixed(1),
      target: `≥ ${t.submissionsVsNoop} × noop = ${(t.submissionsVsNoop * run.noopPerS).toFixed(0)}`,
      pass: met.submissions_per_s_target_met,
      kind: 'perf',
    },
    { metric: 'submit_p50_ms (no proxy)', value: run.submit.p50.toFixed(2), target: '(info)', pass: null, kind: 'perf' },
    { metric: 'submit_p99_ms (no proxy)', value: run.submit.p99.toFixed(2), target: `≤ ${t.submitP99Ms}`, pass: met.submit_p99_ms_target_met, kind: 'perf' },
    { metric: 'submit_cpu_ms', value: run.submitCpuMs.toFixed(2), target: `≤ ${t.submitCpuMs}`, pass: met.submit_cpu_ms_target_met, kind: 'perf' },
    { metric: 'submit_rows_written', value: `${run.submitRowsWritten} (${run.submitRowsRead} read)`, target: '(info)', pass: null, kind: 'perf' },
    {
      metric: 'respondent_path_per_s',
      value: `${run.pathPerS.toFixed(1)} (p50 ${run.path.p50.toFixed(1)} ms)`,
      target: `≥ ${t.pathVsNoop} × noop = ${(t.pathVsNoop * run.noopPerS).toFixed(0)}`,
      pass: met.respondent_path_per_s_target_met,
      kind: 'perf',
    },
    { metric: 'respondent_path_p99_ms', value: run.path.p99.toFixed(2), target: '(info)', pass: null, kind: 'perf' },
    { metric: 'respondent_path_cpu_ms', value: run.pathCpuMs.toFixed(2), target: '(info: GET + POST)', pass: null, kind: 'perf' },
    {
      metric: 'scored_submit_cpu_ms',
      value: `${run.scoredSubmitCpuMs.toFixed(2)} (${run.scoredRowsWritten} rows written)`,
      target: `≤ ${t.scoredSubmitCpuMs}`,
      pass: met.scored_submit_cpu_ms_target_met,
      kind: 'perf',
    },
    {
      metric: 'definition_cpu_ms',
      value: `${run.definitionCpuMs.toFixed(2)}; revalidated ${run.definitionRevalidatedCpuMs.toFixed(2)}${run.definitionRevalidates ? ' (304)' : ' (no 304)'}`,
      target: '(info)',
      pass: null,
      kind: 'perf',
    },
    {
      metric: 'respondent_first_question_ms',
      value:
        firstQuestion === null
          ? 'not measured'
          : `${firstQuestion.toFixed(0)} (median of ${'loads' in result.firstQuestion ? result.firstQuestion.loads.map((ms) => ms.toFixed(0)).join(', ') : ''})`,
      target: `≤ ${t.firstQuestionMs}`,
      pass: met.respondent_first_question_ms_target_met,
      kind: 'perf',
    },
    { metric: 'no-proxy run without errors', value: run.errors.join(' | ') || 'none', target: 'none', pass: run.errors.length === 0, kind: 'check' },
  ];
}

/** `--production-only`: wrangler dev stopped once the coordinator is set up, then the run without the proxy alone, with its JSON line. */
export async function productionOnly(persistTo: string, admin: Record<string, string>, orgId: string, rng: ReturnType<typeof seededRng>): Promise<number> {
  await stopServer();
  const production = await runWithoutProxy(persistTo, admin, orgId, rng);
  const rows = productionRows(production);
  printRows(rows);
  console.log(JSON.stringify(productionFigures(production)));
  return verdict(rows);
}
