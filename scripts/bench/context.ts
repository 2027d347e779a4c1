/**
 * What every part of `npm run bench` shares: the options, the targets, the log, and the run's bounds
 * (past --max-seconds everything in flight is aborted, the servers stopped and the state removed).
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatTable } from '../lib/table.ts';
import type { Snapshot } from '../lib/snapshot.ts';
import type { DevServer } from '../lib/wrangler.ts';

export const { values: flags } = parseArgs({
  options: {
    total: { type: 'string', default: '10000' },
    warmup: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '16' },
    seed: { type: 'string', default: 'pouls-bench' },
    'retry-rate': { type: 'string', default: '0.01' },
    'max-seconds': { type: 'string', default: '600' },
    dist: { type: 'string' },
    'live-tree': { type: 'boolean', default: false },
    'keep-state': { type: 'boolean', default: false },
    'live-only': { type: 'boolean', default: false },
    'fault-only': { type: 'boolean', default: false },
    'ideas-only': { type: 'boolean', default: false },
    'production-only': { type: 'boolean', default: false },
    'fault-total': { type: 'string', default: '2000' },
    strict: { type: 'boolean', default: false },
  },
});

export const TOTAL = Number(flags.total);
export const WARMUP = Number(flags.warmup);
export const CONCURRENCY = Number(flags.concurrency);
export const RETRY_RATE = Number(flags['retry-rate']);
export const MAX_MS = Number(flags['max-seconds']) * 1000;
for (const [name, value] of Object.entries({ TOTAL, WARMUP, CONCURRENCY, RETRY_RATE, MAX_MS }))
  if (!Number.isFinite(value) || value < 0) throw new Error(`invalid option ${name}: ${value}`);
if (WARMUP < 1 || WARMUP >= TOTAL) throw new Error('need 1 ≤ --warmup < --total');

export const TARGETS = { submissionsPerS: 640, p99Ms: 50, bundleGzipBytes: 25_600, rowsGrowthMax: 2, reportMs: 10, liveP95Ms: 250 };
/** Live workshop runs: participants who each vote within 2 s; the JSON line reports the last. */
export const LIVE_PARTICIPANTS = [160, 500];
/** Idea box: devices that each support an idea within 10 s while the display polls. */
export const IDEAS_DEVICES = 1000;
/** Report reads timed at the end, the median kept: one read is too noisy on a shared machine. */
export const REPORT_READS = 30;

export const log = (message: string) => console.log(`› ${message}`);
export const startedAt = performance.now();
export const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

// ---- the whole run is bounded: past MAX_MS everything in flight is aborted and the server stopped ----

export const runAbort = new AbortController();
export let server: DevServer | null = null;
export let serverOutput = '';
export let stateDir: string | null = null;
export let snapshot: Snapshot | null = null;
/** The bench's configuration file (written by benchConfig), passed to every wrangler command. */
export let config = '';

export const setServer = (running: DevServer | null) => (server = running);
export const keepServerOutput = (chunk: unknown) => (serverOutput = (serverOutput + String(chunk)).slice(-20_000));
export const setStateDir = (dir: string | null) => (stateDir = dir);
export const setSnapshot = (frozen: Snapshot | null) => (snapshot = frozen);
export const setConfig = (file: string) => (config = file);

/** Servers other than wrangler dev (workerd through Miniflare), stopped with it on a timeout or a signal. */
const otherServers = new Set<() => Promise<void>>();
export function stopAlongside(stop: () => Promise<void>): () => void {
  otherServers.add(stop);
  return () => otherServers.delete(stop);
}

/** A line of the final table: `perf` rows are targets, `check` rows must hold for the run to pass. */
export type Row = { metric: string; value: string; target: string; pass: boolean | null; kind: 'perf' | 'check' };

export const formatRows = (rows: Row[]) => rows.map((r) => [r.metric, r.value, r.target, r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL']);

export const printRows = (rows: Row[]) => console.log(formatTable(['metric', 'value', 'target', 'result'], formatRows(rows)));

/** The exit code a table calls for: 1 when a check fails, or with --strict when a target is missed. */
export const verdict = (rows: Row[]): number =>
  rows.some((r) => r.kind === 'check' && r.pass === false) || (flags.strict && rows.some((r) => r.kind === 'perf' && r.pass === false)) ? 1 : 0;

export async function stopServer(): Promise<void> {
  await Promise.all([...otherServers].map((stop) => stop().catch(() => undefined)));
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

export function cleanUp(): void {
  snapshot?.remove();
  snapshot = null;
  if (stateDir && !flags['keep-state']) rmSync(stateDir, { recursive: true, force: true });
  stateDir = null;
}

export const watchdog = setTimeout(() => {
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
