/** The fault run (scripts/lib/fault-bench.ts): client-side cuts and a server crash, nothing lost or counted twice. */
import { describeFaultRun, faultCheck, runFaultBench, type FaultRun } from '../lib/fault-bench.ts';
import type { HttpClient } from '../lib/http.ts';
import type { seededRng } from '../lib/prng.ts';
import { formatTable } from '../lib/table.ts';
import { CONCURRENCY, flags, log, MAX_MS, runAbort, startedAt, stateDir, stopServer } from './context.ts';
import { countInD1, killAndRestart } from './server.ts';

// ---- the fault run (scripts/lib/fault-bench.ts) ----

export async function runFault(
  client: HttpClient,
  admin: Record<string, string>,
  surveysPath: string,
  rng: ReturnType<typeof seededRng>,
  start: () => Promise<unknown>,
): Promise<FaultRun> {
  const total = Number(flags['fault-total']);
  log(`fault run: ${total} submissions, ~20% cut by the client, each retried until acknowledged; the server is killed halfway…`);
  const options = { client, admin, surveysPath, total, rng, concurrency: CONCURRENCY, abortRate: 0.2, maxAbortMs: 30 };
  const run = await runFaultBench({ ...options, restart: () => killAndRestart(start), signal: runAbort.signal, deadline: startedAt + MAX_MS - 30_000 });
  log(`  ${describeFaultRun(run)}`);
  return run;
}

/** `--fault-only`: the fault run alone, with its JSON line. */
export async function faultOnly(run: FaultRun): Promise<number> {
  await stopServer();
  log('server stopped; counting rows in D1…');
  const check = faultCheck(run, await countInD1(stateDir!, run.surveyId));
  console.log(formatTable(['metric', 'value', 'target', 'result'], [[check.metric, check.value, check.target, check.pass ? 'PASS' : 'FAIL']]));
  console.log(JSON.stringify(check.figures));
  return check.pass ? 0 : 1;
}
