/**
 * The built worker on workerd through Miniflare, as wrangler itself embeds it, but without `wrangler dev`'s
 * proxy in front (production has none; that proxy caps a no-op route near 600 requests a second here). Same
 * configuration (the bench's), same local D1 and Durable Object state as the wrangler dev run before it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare, convertV4MiniflareOptions, type V4MiniflareOptions } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { childPids, processCpuSeconds } from '../lib/proc.ts';
import { runWrangler } from '../lib/wrangler.ts';

export type WorkerdServer = {
  url: string;
  /** CPU seconds of the workerd process so far: the worker and D1 (SQLite runs in the same process). */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
};

/** Bundles the worker as `wrangler deploy` would (`--dry-run --outdir`), and returns the entry module's path. */
export async function bundleWorker(config: string, outdir: string): Promise<string> {
  await runWrangler(['deploy', '--dry-run', '--outdir', outdir, '--config', config], { quiet: true });
  const entry = readdirSync(outdir).find((file) => file.endsWith('.js'));
  if (!entry) throw new Error(`wrangler deploy --dry-run wrote no module in ${outdir}`);
  return join(outdir, entry);
}

export async function startWorkerd(options: { config: string; scriptPath: string; persistTo: string; port: number }): Promise<WorkerdServer> {
  const before = new Set(childPids('workerd'));
  // Wrangler's own translation of the configuration into Miniflare's options (bindings, D1, Durable Objects, limits, assets).
  const { workerOptions } = unstable_getMiniflareWorkerOptions(options.config);
  const { modulesRules: _rules, rootPath: _root, ...worker } = workerOptions;
  const moduleDir = options.scriptPath.slice(0, options.scriptPath.lastIndexOf('/'));
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      workers: [{ ...worker, name: 'pouls', modules: true, scriptPath: options.scriptPath, modulesRoot: moduleDir }],
      host: '127.0.0.1',
      port: options.port,
      // wrangler dev --persist-to <dir> keeps its state under <dir>/v3.
      resourcePersistencePath: join(options.persistTo, 'v3'),
    } as V4MiniflareOptions),
  );
  await miniflare.ready;
  const [pid] = childPids('workerd').filter((p) => !before.has(p));
  return {
    url: `http://127.0.0.1:${options.port}`,
    cpuSeconds: () => (pid === undefined ? Number.NaN : processCpuSeconds(pid)),
    stop: () => miniflare.dispose(),
  };
}
