/** The bench's ground: the tree served, a fresh D1, wrangler dev on it, and the first coordinator with an organisation. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MissingBuildError } from '../lib/bundle.ts';
import { createHttpClient, type HttpClient } from '../lib/http.ts';
import { freePort } from '../lib/proc.ts';
import { setQuietReleaseHour } from '../lib/release-bench.ts';
import { snapshotProject } from '../lib/snapshot.ts';
import { benchConfig } from '../lib/wrangler-config.ts';
import { ROOT, applyMigrations, freshStateDir, issueSetupToken, startDevServer, type DevServer } from '../lib/wrangler.ts';
import { CONCURRENCY, config, elapsed, flags, keepServerOutput, log, runAbort, setConfig, setServer, setSnapshot, setStateDir, snapshot } from './context.ts';
import { setUpCoordinator } from './server.ts';

export type Tree = { serveFrom: string; dist: string };

/** The tree wrangler dev serves, and the built front end whose bundles are measured. */
export function prepareTree(): Tree {
  if (!existsSync(join(ROOT, 'dist/web')) && !flags.dist) throw new MissingBuildError('dist/web does not exist: build the front end first (npm run build)');
  // Served from a frozen copy unless --live-tree: edits under the project during the run would restart the worker.
  if (!flags['live-tree']) setSnapshot(snapshotProject('bench'));
  const serveFrom = snapshot?.dir ?? ROOT;
  const dist = flags.dist ? resolve(flags.dist) : join(serveFrom, 'dist/web');
  if (!existsSync(dist)) throw new MissingBuildError(`${dist} does not exist: build the front end first (npm run build)`);
  return { serveFrom, dist };
}

export type Bench = {
  /** The D1's state directory. */
  dir: string;
  client: HttpClient;
  cookie: string;
  orgId: string;
  admin: Record<string, string>;
  surveysPath: string;
  /** Starts wrangler dev on the same port and D1 (again, after the fault run's crash). */
  startServer: () => Promise<DevServer>;
};

export async function startBench(serveFrom: string): Promise<Bench> {
  const dir = freshStateDir('bench');
  setStateDir(dir);
  log(`fresh D1 in ${dir}: applying migrations…`);
  setConfig(benchConfig(serveFrom));
  await applyMigrations({ persistTo: dir, config }, true);

  // A private dev registry: other `wrangler dev` sessions starting or stopping on this machine
  // (tests, `npm start`) would otherwise make ours reload its worker in the middle of the run.
  process.env.WRANGLER_REGISTRY_PATH = join(dir, 'dev-registry');
  const setupToken = await issueSetupToken({ persistTo: dir, config });
  if (!setupToken) throw new Error('the fresh D1 already has accounts');

  const port = await freePort();
  log(`starting wrangler dev (${config}) on 127.0.0.1:${port}…`);
  const startServer = async (): Promise<DevServer> => {
    const started = await startDevServer({ port, persistTo: dir, config, cwd: serveFrom, testScheduled: true });
    started.process.stdout?.on('data', keepServerOutput);
    started.process.stderr?.on('data', keepServerOutput);
    setServer(started);
    return started;
  };
  const up = await startServer();
  log(`server up after ${elapsed()}${snapshot ? ` (serving a snapshot of the tree: ${snapshot.dir})` : ' (serving the live tree)'}`);

  const client = createHttpClient(up.url, { maxSockets: CONCURRENCY });
  try {
    const { cookie, orgId } = await setUpCoordinator(client, setupToken);
    const admin = { Cookie: cookie };
    await setQuietReleaseHour(client, orgId, admin, runAbort.signal);
    log(`coordinator and organisation ${orgId} set up (publishing twelve hours from now: releases come on demand)`);
    return { dir, client, cookie, orgId, admin, surveysPath: `/api/orgs/${orgId}/surveys`, startServer };
  } catch (error) {
    client.close();
    throw error;
  }
}
