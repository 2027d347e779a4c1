/**
 * The fault part of `npm run bench`: submissions sent the way a phone on a bad network sends them —
 * some requests cut by the client after a random moment (the write may or may not have committed),
 * each retried with the same Idempotency-Key until acknowledged — while the server is killed and
 * started again on the same persisted D1 halfway through. The caller then counts the rows in D1:
 * every acknowledged submission must be stored exactly once (stored = acknowledged, none twice).
 */
import * as v from 'valibot';
import { demoSurvey } from '../../schema/demo.ts';
import { SurveyInput, type Survey } from '../../schema/survey.ts';
import { generateValidAnswers, idempotencyKey } from './answers.ts';
import type { HttpClient } from './http.ts';
import type { Rng } from './prng.ts';

export type FaultOptions = {
  client: HttpClient;
  /** The signed-in coordinator's headers and their organisation's surveys path, where the run's survey is made. */
  admin: Record<string, string>;
  surveysPath: string;
  total: number;
  rng: Rng;
  concurrency: number;
  /** Share of attempts the client cuts after a random delay (0–`maxAbortMs` ms). */
  abortRate: number;
  maxAbortMs: number;
  /** Kills the server and starts it again on the same port and D1; called once, when half are acknowledged. */
  restart: () => Promise<void>;
  signal: AbortSignal;
  /** performance.now() past which the run gives up. */
  deadline: number;
};

export type FaultRun = {
  surveyId: string;
  submissions: number;
  acked: number;
  /** Acknowledgements that said `duplicate: true`: the write had committed before the cut or the crash. */
  ackedAsDuplicate: number;
  attempts: number;
  cutByClient: number;
  networkErrors: number;
  transientStatuses: number;
  restartMs: number;
  errors: string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo survey under its own slug, published: the run's submissions go there and nowhere else. */
async function faultSurvey(options: FaultOptions): Promise<{ id: string; definition: v.InferOutput<typeof SurveyInput> }> {
  const definition = v.parse(SurveyInput, { ...structuredClone(demoSurvey), slug: 'bench-fault' });
  const created = await options.client.json<Survey>(options.surveysPath, { method: 'POST', headers: options.admin, body: definition, signal: options.signal });
  if (created.status !== 201) throw new Error(`creating the fault survey → ${created.status} ${created.body.slice(0, 300)}`);
  const published = await options.client.json<Survey>(`${options.surveysPath}/${created.data.id}/publish`, {
    method: 'POST',
    headers: options.admin,
    signal: options.signal,
  });
  if (published.status !== 200) throw new Error(`publishing the fault survey → ${published.status}`);
  return { id: created.data.id, definition };
}

export async function runFaultBench(options: FaultOptions): Promise<FaultRun> {
  const { rng } = options;
  const survey = await faultSurvey(options);
  const submissions = generateValidAnswers(survey.definition, rng.fork('answers'), options.total).map((answers, i) => ({
    key: idempotencyKey('bench-fault', i),
    body: JSON.stringify({ answers }),
  }));
  const path = `/api/s/${survey.definition.slug}/responses`;
  const run: FaultRun = {
    surveyId: survey.id,
    submissions: submissions.length,
    acked: 0,
    ackedAsDuplicate: 0,
    attempts: 0,
    cutByClient: 0,
    networkErrors: 0,
    transientStatuses: 0,
    restartMs: 0,
    errors: [],
  };
  let restarting: Promise<void> | null = null;
  const restartAt = Math.floor(submissions.length / 2);

  /** One submission, until acknowledged: cut attempts and failures are retried with the same key after a jittered backoff. */
  async function send(submission: { key: string; body: string }): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (options.signal.aborted) throw options.signal.reason;
      if (performance.now() > options.deadline) throw new Error(`fault run: ${submission.key} not acknowledged in time`);
      run.attempts++;
      const cut = new AbortController();
      const timer = rng.chance(options.abortRate) ? setTimeout(() => cut.abort(), rng.int(0, options.maxAbortMs)) : null;
      try {
        const response = await options.client.request(path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.key },
          body: submission.body,
          signal: AbortSignal.any([cut.signal, options.signal]),
          timeoutMs: 15_000,
        });
        if (response.status === 201) {
          run.acked++;
          if ((JSON.parse(response.body) as { duplicate?: boolean }).duplicate) run.ackedAsDuplicate++;
          return;
        }
        if (response.status >= 500 || response.status === 429) run.transientStatuses++;
        else {
          // A refusal is final: never retried, reported.
          if (run.errors.length < 5) run.errors.push(`${response.status} ${response.body.slice(0, 200)}`);
          return;
        }
      } catch (error) {
        if (options.signal.aborted) throw error;
        if (cut.signal.aborted) run.cutByClient++;
        else run.networkErrors++;
      } finally {
        if (timer) clearTimeout(timer);
      }
      await sleep(Math.min(1000, 25 * 2 ** attempt) * (0.5 + rng.next() / 2));
    }
  }

  let cursor = 0;
  const worker = async () => {
    while (cursor < submissions.length) {
      await send(submissions[cursor++]!);
      if (!restarting && run.acked >= restartAt) {
        const started = performance.now();
        restarting = options.restart().then(() => {
          run.restartMs = performance.now() - started;
        });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  await restarting;
  return run;
}

export function describeFaultRun(run: FaultRun): string {
  return (
    `${run.acked}/${run.submissions} acknowledged (${run.ackedAsDuplicate} as duplicates: stored before a cut or the crash) in ${run.attempts} attempts: ` +
    `${run.cutByClient} cut by the client, ${run.networkErrors} network errors, ${run.transientStatuses} transient statuses; the restart took ${(run.restartMs / 1000).toFixed(1)} s`
  );
}

/** The run's verdict once the rows are counted in D1: every acknowledged submission stored, none twice. */
export function faultCheck(run: FaultRun, stored: { responses: number; keys: number }) {
  return {
    metric: 'fault: acked == stored, none twice',
    value: `acked ${run.acked}/${run.submissions}, D1 responses ${stored.responses}, keys ${stored.keys}${run.errors.length ? `; ${run.errors.join(' | ')}` : ''}`,
    target: 'all equal',
    pass: run.acked === run.submissions && stored.responses === run.acked && stored.keys === run.acked,
    figures: { fault_acked: run.acked, fault_stored: stored.responses, fault_double_counted: Math.max(0, stored.responses - run.acked) },
  };
}
