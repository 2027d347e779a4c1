/** The scored report of « Santé des professionnels » (CBI + WHO-5): rows read at 100 and 10,000 responses, and its time. */
import * as v from 'valibot';
import type { SurveyReport } from '../../schema/report.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { professionalHealth } from '../../schema/templates/professional-health.ts';
import { generateValidAnswers, idempotencyKey } from '../lib/answers.ts';
import { rowsReadFromServerTiming, type HttpClient } from '../lib/http.ts';
import type { seededRng } from '../lib/prng.ts';
import { summarize } from '../lib/stats.ts';
import { flags, log, REPORT_READS, runAbort, TARGETS, TOTAL, WARMUP, type Row } from './context.ts';
import { newTally, release, runPhase } from './submit.ts';

export type ReportRun = {
  rowsAt100: number;
  rowsAtTotal: number;
  released: number;
  usable: number | null;
  releaseMs: number;
  ms: ReturnType<typeof summarize>;
};

export async function readReport(client: HttpClient, path: string, headers: Record<string, string>) {
  const response = await client.json<SurveyReport>(path, { headers, signal: runAbort.signal });
  if (response.status !== 200) throw new Error(`GET ${path} → ${response.status} ${response.body.slice(0, 300)}`);
  return { report: response.data, rowsRead: rowsReadFromServerTiming(response.headers['server-timing']), ms: response.ms };
}

/**
 * The « Santé des professionnels » template with scored answers: report rows read at WARMUP and TOTAL
 * scored responses, then REPORT_READS timed reads of the full report (with a breakdown) at TOTAL.
 */
export async function runReport(
  client: HttpClient,
  admin: Record<string, string>,
  surveysPath: string,
  rng: ReturnType<typeof seededRng>,
  deadline: number,
): Promise<ReportRun> {
  log(`scored report: ${TOTAL} responses to « Santé des professionnels » (CBI + WHO-5)…`);
  // An open link (no participation codes), so the bench's clients can answer it.
  const definition = v.parse(SurveyInput, {
    ...structuredClone(professionalHealth.survey),
    slug: 'bench-sante',
    settings: { ...professionalHealth.survey.settings, participationCodes: false },
  });
  const created = await client.json<Survey>(surveysPath, { method: 'POST', headers: admin, body: definition, signal: runAbort.signal });
  if (created.status !== 201) throw new Error(`creating the health survey → ${created.status} ${created.body.slice(0, 300)}`);
  const id = created.data.id;
  const published = await client.json<Survey>(`${surveysPath}/${id}/publish`, { method: 'POST', headers: admin, signal: runAbort.signal });
  if (published.status !== 200) throw new Error(`publishing the health survey → ${published.status}`);
  const submissions = generateValidAnswers(definition, rng, TOTAL).map((a, i) => ({
    key: idempotencyKey('bench-sante', i),
    body: JSON.stringify({ answers: a }),
  }));
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

export function reportRows(run: ReportRun): Row[] {
  return [
    { metric: `report_release_ms_${TOTAL}`, value: run.releaseMs.toFixed(0), target: '(info)', pass: null, kind: 'perf' },
    {
      metric: `report_ms_${TOTAL}`,
      value: `${run.ms.p50.toFixed(2)} (median of ${REPORT_READS}; p90 ${run.ms.p90.toFixed(2)}, min ${run.ms.min.toFixed(2)})`,
      target: `≤ ${TARGETS.reportMs}`,
      pass: run.ms.p50 <= TARGETS.reportMs,
      kind: 'perf',
    },
    { metric: `report_rows_read_${WARMUP}`, value: String(run.rowsAt100), target: '(baseline)', pass: null, kind: 'perf' },
    {
      metric: `report_rows_read_${TOTAL}`,
      value: String(run.rowsAtTotal),
      target: `≤ ${TARGETS.rowsGrowthMax}× rows@${WARMUP}`,
      pass: run.rowsAtTotal <= TARGETS.rowsGrowthMax * run.rowsAt100,
      kind: 'perf',
    },
    {
      metric: 'report describes every scored response',
      value: `released ${run.released}, usable ${run.usable}`,
      target: `released ${TOTAL}`,
      pass: run.released === TOTAL,
      kind: 'check',
    },
  ];
}
