/**
 * The deployed worker's weight and startup, measured offline and held to budgets derived from
 * Cloudflare's limits (https://developers.cloudflare.com/workers/platform/limits/):
 * - Worker size: 3 MB after compression on Workers Free (10 MB on Paid). We keep the gzipped bundle
 *   under 1 MB, a third of Free's limit, and the raw bundle under 3 MB, so that Pouls still fits on
 *   Free should Cloudflare count the uncompressed size (a 2026 docs change proposes a 64 MiB
 *   uncompressed limit instead: we hold the stricter reading).
 * - Startup: 1 second to parse and run the global scope (400 ms until October 2025). Measured here by
 *   `wrangler check startup` on this machine's CPU, not Cloudflare's, so we keep it under 500 ms: half the
 *   limit, room for a slower CPU or a busy machine.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runWrangler } from './wrangler.ts';

export const BUDGETS = { rawBytes: 3_000_000, gzipBytes: 1_000_000, startupMs: 500 } as const;

export type WorkerSize = { rawBytes: number; gzipBytes: number };

/** The modules `wrangler deploy --dry-run --outdir` wrote (source maps and its README are not uploaded as code). */
export function bundleSize(outdir: string): WorkerSize {
  const modules = readdirSync(outdir).filter((name) => /\.(m?js|cjs|wasm)$/.test(name));
  const bytes = modules.map((name) => readFileSync(join(outdir, name)));
  return {
    rawBytes: bytes.reduce((sum, b) => sum + b.byteLength, 0),
    gzipBytes: bytes.reduce((sum, b) => sum + gzipSync(b).byteLength, 0),
  };
}

/** CPU time of the worker's startup (parse and global scope) in workerd, from `wrangler check startup`. */
export async function startupMs(config: string): Promise<number> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'pouls-startup-')), 'startup.cpuprofile');
  const output = await runWrangler(['check', 'startup', '--config', config, '--outfile', outfile], { quiet: true });
  const active = /Active:\s*([\d.]+)\s*ms/.exec(output);
  if (active) return Number(active[1]);
  // Older wranglers print no summary: the profile's sampled time, idle samples left out.
  const profile = JSON.parse(readFileSync(outfile, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  return profile.samples.reduce((sum, node, i) => sum + (idle.has(node) ? 0 : (profile.timeDeltas[i] ?? 0)), 0) / 1000;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number) => `${bytes / 1_000_000} MB`;

/** One line per figure against its budget; `over` lists what exceeds it. */
export function judge(size: WorkerSize, startup: number): { lines: string[]; over: string[] } {
  const rows: [string, string, string, boolean][] = [
    ['worker, raw', kib(size.rawBytes), mb(BUDGETS.rawBytes), size.rawBytes > BUDGETS.rawBytes],
    ['worker, gzipped', kib(size.gzipBytes), mb(BUDGETS.gzipBytes), size.gzipBytes > BUDGETS.gzipBytes],
    ['startup (local CPU)', `${startup.toFixed(1)} ms`, `${BUDGETS.startupMs} ms`, startup > BUDGETS.startupMs],
  ];
  return {
    lines: rows.map(([what, value, budget, over]) => `    ${what.padEnd(20)} ${value.padStart(12)}  (budget ${budget})${over ? '  OVER BUDGET' : ''}`),
    over: rows.filter((r) => r[3]).map((r) => r[0]),
  };
}
