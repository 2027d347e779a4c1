/** Live workshops (scripts/lib/live-bench.ts): participants vote within 2 s while a projector watches. */
import { availableParallelism, loadavg } from 'node:os';
import { runLiveBench, type LiveRun } from '../lib/live-bench.ts';
import { processGroupCpu } from '../lib/proc.ts';
import { round } from '../lib/stats.ts';
import { queryLocal } from '../lib/wrangler.ts';
import { config, LIVE_PARTICIPANTS, log, printRows, runAbort, server, stateDir, stopServer, TARGETS, verdict, type Row } from './context.ts';

/** Votes of a live session in its D1 table (the record the Durable Object writes before acknowledging). */
export async function liveVotesInD1(persistTo: string, sessionId: string): Promise<number> {
  const [row] = await queryLocal<{ votes: number }>(`SELECT COUNT(*) AS votes FROM live_votes WHERE session_id = '${sessionId}'`, { persistTo, config });
  return row?.votes ?? 0;
}

/** One query at a time: two `wrangler d1 execute` on the same local file at once can fail with SQLITE_BUSY. */
export async function liveVotesStored(liveRuns: LiveRun[]): Promise<number[]> {
  const stored: number[] = [];
  for (const run of liveRuns) stored.push(await liveVotesInD1(stateDir!, run.sessionId));
  return stored;
}

// ---- live workshops ----

export async function runLive(cookie: string, orgId: string): Promise<LiveRun[]> {
  const liveRuns: LiveRun[] = [];
  const pid = server!.process.pid!;
  for (const participants of LIVE_PARTICIPANTS) {
    log(`live workshop: ${participants} participants vote within 2 s while a projector watches…`);
    const run = await runLiveBench(server!.url, cookie, orgId, participants, runAbort.signal, () => processGroupCpu(pid));
    log(
      `  ${run.acked} acknowledged, projector p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms${run.errors.length ? `; ${run.errors.join(' | ')}` : ''}`,
    );
    log(`  server CPU per vote: ${liveCpuLine(run)}`);
    liveRuns.push(run);
  }
  return liveRuns;
}

/** Server CPU per vote by process (ms), the figure that load from other work on the machine disturbs least. */
export function liveCpuLine(run: LiveRun): string {
  const total = [...run.cpuMsPerVote.values()].reduce((s, x) => s + x, 0);
  const parts = [...run.cpuMsPerVote].filter(([, ms]) => ms >= 0.05).map(([command, ms]) => `${command} ${ms.toFixed(2)}`);
  return `${total.toFixed(2)} ms${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export function liveRows(liveRuns: LiveRun[], liveStored: number[]): Row[] {
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

/** The JSON line's live keys: the last (largest) workshop. */
export function liveFigures(liveRuns: LiveRun[], liveStored: number[]) {
  const last = liveRuns.at(-1)!;
  return { live_p50_ms: round(last.p50, 1), live_p95_ms: round(last.p95, 1), live_votes_acked: last.acked, live_votes_stored: liveStored.at(-1) };
}

/** `--live-only`: the live runs alone, reported as in the full run (no JSON line). */
export async function liveOnly(cookie: string, orgId: string, loadBefore: number): Promise<number> {
  const liveRuns = await runLive(cookie, orgId);
  await stopServer();
  log('server stopped; counting rows in D1…');
  const liveStored = await liveVotesStored(liveRuns);
  console.log('');
  console.log(`load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after, on ${availableParallelism()} CPU(s)`);
  const rows = liveRows(liveRuns, liveStored);
  printRows(rows);
  return verdict(rows);
}
