/** The idea box (scripts/lib/ideas-bench.ts): devices support ideas while a display polls. */
import { ideasFigures, ideasRows, ideasSupportsStored, runIdeasBench } from '../lib/ideas-bench.ts';
import { config, IDEAS_DEVICES, log, printRows, runAbort, server, stateDir, stopServer, verdict } from './context.ts';

// ---- the idea box (scripts/lib/ideas-bench.ts) ----

export async function runIdeas(cookie: string, orgId: string) {
  log(`idea box: ${IDEAS_DEVICES} devices each support an idea within 10 s while a display polls…`);
  const run = await runIdeasBench(server!.url, cookie, orgId, IDEAS_DEVICES, runAbort.signal);
  log(
    `  ${run.acked} acknowledged, display p50 ${run.p50.toFixed(0)} ms, p95 ${run.p95.toFixed(0)} ms${run.errors.length ? `; ${run.errors.join(' | ')}` : ''}`,
  );
  return run;
}

/** `--ideas-only`: the idea box run alone, with its JSON line. */
export async function ideasOnly(cookie: string, orgId: string): Promise<number> {
  const run = await runIdeas(cookie, orgId);
  await stopServer();
  log('server stopped; counting rows in D1…');
  const stored = await ideasSupportsStored(run, { persistTo: stateDir!, config });
  const rows = ideasRows(run, stored);
  printRows(rows);
  console.log(JSON.stringify(ideasFigures(run, stored)));
  return verdict(rows);
}
